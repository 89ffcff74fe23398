using System.Buffers;

namespace Weidu.Pipeline.Streaming;

/// <summary>The decoded text not yet cut into chunks: written at the end, taken from the front.</summary>
internal sealed class CharBuffer : IBufferWriter<char>
{
    private char[] _chars = new char[4096];
    private int _length;

    public int Length => _length;

    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Advance(int count) => _length += count;

    public Memory<char> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _chars.AsMemory(_length);
    }

    public Span<char> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _chars.AsSpan(_length);
    }

    /// <summary>Removes the first <paramref name="count"/> characters and returns them as a string.</summary>
    public string Take(int count)
    {
        var taken = new string(_chars, 0, count);
        _chars.AsSpan(count, _length - count).CopyTo(_chars);
        _length -= count;
        return taken;
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }
    }
}
