using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Weidu.Core;

/// <summary>
/// An immutable text: the UTF-16 characters of one input, with a line map, a content checksum and,
/// when made by <see cref="WithChanges(TextChange[])"/>, a link to the text it was made from so that
/// <see cref="GetChangeRanges(SourceText)"/> is exact. Two texts with the same content are equal.
/// </summary>
public sealed class SourceText : IEquatable<SourceText>
{
    private readonly ReadOnlyMemory<char> _chars;
    private readonly ChangeLink? _link;
    private TextLineCollection? _lines;
    private byte[]? _checksum;

    private SourceText(ReadOnlyMemory<char> chars, Encoding? encoding, ChangeLink? link)
    {
        _chars = chars;
        Encoding = encoding;
        _link = link;
    }

    /// <summary>An empty text.</summary>
    public static SourceText Empty { get; } = new(ReadOnlyMemory<char>.Empty, null, null);

    /// <summary>The encoding the text was decoded from, when it came from bytes.</summary>
    public Encoding? Encoding { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => _chars.Length;

    /// <summary>The code unit at <paramref name="position"/>.</summary>
    public char this[int position] => _chars.Span[position];

    /// <summary>The lines of the text, computed once on first use.</summary>
    public TextLineCollection Lines
    {
        get
        {
            var lines = Volatile.Read(ref _lines);
            if (lines is null)
            {
                lines = new TextLineCollection(this, TextLineCollection.ComputeLineStarts(_chars.Span));
                lines = Interlocked.CompareExchange(ref _lines, lines, null) ?? lines;
            }

            return lines;
        }
    }

    /// <summary>Creates a text over a string, without copying it.</summary>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text.AsMemory(), null, null);
    }

    /// <summary>Creates a text over characters the caller promises not to change.</summary>
    public static SourceText From(ReadOnlyMemory<char> text) => new(text, null, null);

    /// <summary>Decodes bytes, detecting UTF-8, UTF-16 (with a byte order mark) or GB18030; invalid sequences become U+FFFD.</summary>
    public static SourceText From(ReadOnlySpan<byte> bytes) => From(bytes, null, null, null);

    /// <summary>
    /// Decodes bytes with <paramref name="encoding"/>, or detecting it when null, as <see cref="TextDecoder"/> does.
    /// Invalid sequences become U+FFFD and are reported to <paramref name="diagnostics"/> (when given) with their
    /// byte offsets and <paramref name="path"/>.
    /// </summary>
    public static SourceText From(ReadOnlySpan<byte> bytes, Encoding? encoding, DiagnosticBag? diagnostics, string? path)
    {
        var decoder = new TextDecoder(encoding, diagnostics, path);
        var output = new ArrayBufferWriter<char>(Math.Max(16, bytes.Length));
        decoder.Decode(bytes, isFinalBlock: true, output);
        return new SourceText(Trimmed(output), decoder.Encoding, null);
    }

    /// <summary>Reads a stream to its end and decodes it as <see cref="From(ReadOnlySpan{byte})"/> does.</summary>
    public static SourceText From(Stream stream) => From(stream, null, null, null);

    /// <summary>Reads a stream to its end and decodes it as <see cref="From(ReadOnlySpan{byte}, Encoding?, DiagnosticBag?, string?)"/> does.</summary>
    public static SourceText From(Stream stream, Encoding? encoding, DiagnosticBag? diagnostics, string? path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var decoder = new TextDecoder(encoding, diagnostics, path);
        var output = new ArrayBufferWriter<char>();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var pending = 0;
            int read;
            while ((read = stream.Read(buffer, pending, buffer.Length - pending)) > 0)
            {
                var available = pending + read;
                var consumed = decoder.Decode(buffer.AsSpan(0, available), isFinalBlock: false, output);
                pending = available - consumed;
                buffer.AsSpan(consumed, pending).CopyTo(buffer);
                if (pending == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, pending).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            decoder.Decode(buffer.AsSpan(0, pending), isFinalBlock: true, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new SourceText(Trimmed(output), decoder.Encoding, null);
    }

    /// <summary>All characters.</summary>
    public ReadOnlySpan<char> AsSpan() => _chars.Span;

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _chars.Span.Slice(span.Start, span.Length);
    }

    /// <summary>All characters, as memory that may be kept.</summary>
    public ReadOnlyMemory<char> AsMemory() => _chars;

    /// <summary>The characters of <paramref name="span"/>, as memory that may be kept.</summary>
    public ReadOnlyMemory<char> AsMemory(TextSpan span)
    {
        CheckSpan(span);
        return _chars.Slice(span.Start, span.Length);
    }

    /// <summary>The whole text as a string (no copy when the text was made from a string).</summary>
    public override string ToString() =>
        MemoryMarshal.TryGetString(_chars, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : new string(_chars.Span);

    /// <summary>The characters of <paramref name="span"/> as a string.</summary>
    public string ToString(TextSpan span) => new(AsSpan(span));

    /// <summary>A text of the characters of <paramref name="span"/>, sharing this text's memory; its positions start at 0.</summary>
    public SourceText GetSubText(TextSpan span)
    {
        CheckSpan(span);
        return span.Start == 0 && span.Length == Length ? this : new SourceText(_chars.Slice(span.Start, span.Length), Encoding, null);
    }

    /// <summary>Copies <paramref name="count"/> characters from <paramref name="sourceIndex"/> into <paramref name="destination"/>.</summary>
    public void CopyTo(int sourceIndex, Span<char> destination, int count) =>
        AsSpan(new TextSpan(sourceIndex, count)).CopyTo(destination);

    /// <summary>
    /// Applies non-overlapping changes, all given in this text's positions, and returns the new text.
    /// The new text remembers this one, so <see cref="GetChangeRanges(SourceText)"/> returns exactly these changes.
    /// </summary>
    /// <exception cref="ArgumentException">Two changes overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A change lies outside the text.</exception>
    public SourceText WithChanges(params TextChange[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Length == 0)
        {
            return this;
        }

        var ordered = changes.ToArray();
        Array.Sort(ordered, static (a, b) => a.Span.CompareTo(b.Span));
        var newLength = Length;
        for (var i = 0; i < ordered.Length; i++)
        {
            CheckSpan(ordered[i].Span);
            if (i > 0 && ordered[i].Span.Start < ordered[i - 1].Span.End)
            {
                throw new ArgumentException($"Changes {ordered[i - 1].Span} and {ordered[i].Span} overlap.", nameof(changes));
            }

            newLength += ordered[i].NewText.Length - ordered[i].Span.Length;
        }

        var chars = new char[newLength];
        var source = _chars.Span;
        var written = 0;
        var read = 0;
        foreach (var change in ordered)
        {
            source[read..change.Span.Start].CopyTo(chars.AsSpan(written));
            written += change.Span.Start - read;
            change.NewText.AsSpan().CopyTo(chars.AsSpan(written));
            written += change.NewText.Length;
            read = change.Span.End;
        }

        source[read..].CopyTo(chars.AsSpan(written));
        var ranges = ordered.Select(static c => c.ToRange()).ToImmutableArray();
        return new SourceText(chars, Encoding, new ChangeLink(new WeakReference<SourceText>(this), ranges));
    }

    /// <summary>
    /// The regions of <paramref name="oldText"/> that differ in this text. When this text was made from
    /// <paramref name="oldText"/> by <see cref="WithChanges(TextChange[])"/> these are the changes as applied;
    /// otherwise one range covering exactly the region between the common prefix and the common suffix;
    /// none when the contents are equal.
    /// </summary>
    public IReadOnlyList<TextChangeRange> GetChangeRanges(SourceText oldText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        if (ReferenceEquals(oldText, this))
        {
            return [];
        }

        if (_link is not null && _link.OldText.TryGetTarget(out var predecessor) && ReferenceEquals(predecessor, oldText))
        {
            return _link.Ranges;
        }

        var oldSpan = oldText.AsSpan();
        var newSpan = AsSpan();
        var prefix = oldSpan.CommonPrefixLength(newSpan);
        if (prefix == oldSpan.Length && prefix == newSpan.Length)
        {
            return [];
        }

        var suffix = CommonSuffixLength(oldSpan[prefix..], newSpan[prefix..]);
        var oldChanged = TextSpan.FromBounds(prefix, oldSpan.Length - suffix);
        return [new TextChangeRange(oldChanged, newSpan.Length - suffix - prefix)];
    }

    /// <summary>The SHA-256 of the text's UTF-16 code units, computed once.</summary>
    public ImmutableArray<byte> GetChecksum()
    {
        var checksum = Volatile.Read(ref _checksum);
        if (checksum is null)
        {
            checksum = SHA256.HashData(MemoryMarshal.AsBytes(_chars.Span));
            Volatile.Write(ref _checksum, checksum);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(checksum);
    }

    /// <summary>Whether both texts hold the same characters (by length and checksum, each computed once).</summary>
    public bool ContentEquals(SourceText? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Length == other.Length && GetChecksum().AsSpan().SequenceEqual(other.GetChecksum().AsSpan());
    }

    /// <summary>Content equality; see <see cref="ContentEquals(SourceText?)"/>.</summary>
    public bool Equals(SourceText? other) => ContentEquals(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceText other && ContentEquals(other);

    /// <summary>A hash of the content checksum.</summary>
    public override int GetHashCode() => BitConverter.ToInt32(GetChecksum().AsSpan());

    // A byte count over-estimates the characters (three UTF-8 bytes make one CJK character), so a
    // buffer much larger than its content is copied once rather than kept alive for the text's life.
    private static ReadOnlyMemory<char> Trimmed(ArrayBufferWriter<char> output) =>
        output.Capacity > output.WrittenCount + (output.WrittenCount / 4) + 64
            ? output.WrittenSpan.ToArray()
            : output.WrittenMemory;

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = 0;
        var max = Math.Min(a.Length, b.Length);
        while (length < max && a[a.Length - 1 - length] == b[b.Length - 1 - length])
        {
            length++;
        }

        return length;
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} is outside a text of length {Length}.");
        }
    }

    private sealed record ChangeLink(WeakReference<SourceText> OldText, ImmutableArray<TextChangeRange> Ranges);
}
