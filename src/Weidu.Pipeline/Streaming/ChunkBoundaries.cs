namespace Weidu.Pipeline.Streaming;

/// <summary>
/// Where streamed text may be cut into chunks that are analysed independently, so that analysing the pieces
/// gives what analysing the whole would. A boundary never depends on text that has not arrived yet.
/// </summary>
internal abstract class ChunkBoundaries
{
    /// <summary>
    /// Where to cut <paramref name="text"/> to make a chunk of about <paramref name="length"/> characters: the last
    /// boundary <c>p</c> with <c>0 &lt; p &lt;= length</c>, else the first one after it, else 0 when there is none yet.
    /// The text's memory stays valid after the call: the stream never overwrites the characters it holds.
    /// </summary>
    public abstract int FindCut(ReadOnlyMemory<char> text, int length);

    /// <summary>
    /// Called, in input order, for each chunk as it is cut: returns what the chunk's analysis needs to know
    /// about the text before it (null when nothing).
    /// </summary>
    public virtual object? Describe(ReadOnlyMemory<char> chunk) => null;
}
