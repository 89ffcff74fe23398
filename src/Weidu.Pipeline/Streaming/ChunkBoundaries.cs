namespace Weidu.Pipeline.Streaming;

/// <summary>
/// Where streamed text may be cut into chunks that are analysed independently, so that analysing the pieces
/// gives what analysing the whole would. A boundary never depends on text that has not arrived yet.
/// </summary>
internal abstract class ChunkBoundaries
{
    /// <summary>The last boundary <c>p</c> with <c>0 &lt; p &lt;= end</c>, or 0 when there is none.</summary>
    public abstract int FindLast(ReadOnlySpan<char> text, int end);

    /// <summary>The first boundary <c>p</c> with <c>p &gt; start</c>, or 0 when there is none yet.</summary>
    public abstract int FindFirst(ReadOnlySpan<char> text, int start);

    /// <summary>
    /// Where to cut <paramref name="text"/> to make a chunk of about <paramref name="length"/> characters: the last
    /// boundary up to it, else the first one after it, else 0.
    /// </summary>
    public virtual int FindCut(ReadOnlySpan<char> text, int length)
    {
        var cut = FindLast(text, length);
        return cut != 0 ? cut : FindFirst(text, length);
    }

    /// <summary>
    /// Called, in input order, for each chunk as it is cut: returns what the chunk's analysis needs to know
    /// about the text before it (null when nothing).
    /// </summary>
    public virtual object? Describe(string chunk) => null;
}
