namespace Weidu.Core;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a <see cref="SourceText"/>.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Creates a span from its start and length.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length < start)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Start + length overflows.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Creates a span from its start and exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>The first code unit of the span.</summary>
    public int Start { get; }

    /// <summary>The number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>The code unit just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span holds no code units.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Whether <paramref name="position"/> lies inside the span (the end is excluded).</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>Whether <paramref name="span"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>Whether the two spans overlap or touch (an empty span at a boundary intersects).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <summary>The overlap of the two spans, or <see langword="null"/> when they do not intersect.</summary>
    public TextSpan? Intersection(TextSpan span)
    {
        var start = Math.Max(Start, span.Start);
        var end = Math.Min(End, span.End);
        return start <= end ? FromBounds(start, end) : null;
    }

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Ordering by start, then length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by start, then length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by start, then length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by start, then length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>Renders as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
