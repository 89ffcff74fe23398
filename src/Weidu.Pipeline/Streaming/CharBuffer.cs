using System.Buffers;

namespace Weidu.Pipeline.Streaming;

/// <summary>
/// The decoded text not yet cut into chunks: written at the end, taken from the front. Text once written is never
/// moved or overwritten in its array, so what <see cref="Written"/> and <see cref="Take"/> hand out stays valid: the
/// documents the producer segments in the buffer are the chunk's documents, not a copy's.
/// </summary>
internal sealed class CharBuffer : IBufferWriter<char>
{
    private char[] _chars = new char[4096];
    private int _start;
    private int _end;

    public int Length => _end - _start;

    public ReadOnlyMemory<char> Written => _chars.AsMemory(_start, _end - _start);

    public void Advance(int count) => _end += count;

    public Memory<char> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _chars.AsMemory(_end);
    }

    public Span<char> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _chars.AsSpan(_end);
    }

    /// <summary>Removes the first <paramref name="count"/> characters and returns them; their memory is never written again.</summary>
    public ReadOnlyMemory<char> Take(int count)
    {
        var taken = _chars.AsMemory(_start, count);
        _start += count;
        return taken;
    }

    private void Ensure(int sizeHint)
    {
        var free = Math.Max(sizeHint, 1);
        if (_end + free > _chars.Length)
        {
            // A new array rather than the text moved to the front of this one: chunks taken from it are still being
            // analysed. Four times what is needed, so that an array serves a few chunks before the next is made.
            var next = GC.AllocateUninitializedArray<char>(Math.Max(4 * (Length + free), _chars.Length));
            Written.Span.CopyTo(next);
            _end = Length;
            _start = 0;
            _chars = next;
        }
    }
}
