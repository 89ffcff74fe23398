using System.Buffers;

namespace Weidu.Segmentation;

/// <summary>Removes trivia from a leaf's text and normalises the line breaks that remain to <c>\n</c>.</summary>
internal static class CleanTextWriter
{
    /// <summary>Writes <paramref name="text"/> without the runs in <paramref name="trivia"/> (sorted, relative to the text).</summary>
    public static string Write(ReadOnlySpan<char> text, ReadOnlySpan<Trivia> trivia)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var rented = text.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        var buffer = rented is null ? stackalloc char[text.Length] : rented.AsSpan();
        var length = 0;
        var position = 0;
        foreach (var run in trivia)
        {
            if (run.Span.Start > position)
            {
                length = Append(buffer, length, text[position..run.Span.Start]);
            }

            position = Math.Max(position, run.Span.End);
        }

        if (position < text.Length)
        {
            length = Append(buffer, length, text[position..]);
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static int Append(Span<char> buffer, int length, ReadOnlySpan<char> part)
    {
        while (!part.IsEmpty)
        {
            var cr = part.IndexOf('\r');
            if (cr < 0)
            {
                part.CopyTo(buffer[length..]);
                return length + part.Length;
            }

            part[..cr].CopyTo(buffer[length..]);
            length += cr;
            buffer[length++] = '\n';
            part = part[(cr + 1)..];
            if (!part.IsEmpty && part[0] == '\n')
            {
                part = part[1..];
            }
        }

        return length;
    }
}
