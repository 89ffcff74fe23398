namespace Weidu.Core;

/// <summary>A zero-based line and a zero-based UTF-16 column within that line.</summary>
/// <param name="Line">The zero-based line number.</param>
/// <param name="Character">The zero-based UTF-16 offset from the line start.</param>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <summary>Orders by line, then by character.</summary>
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    /// <summary>Ordering by line, then character.</summary>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by line, then character.</summary>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by line, then character.</summary>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by line, then character.</summary>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    /// <summary>Renders one-based, as editors show it: <c>line:column</c>.</summary>
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

/// <summary>A range between two <see cref="LinePosition"/>s.</summary>
/// <param name="Start">The first position.</param>
/// <param name="End">The position just past the range.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <summary>Renders one-based: <c>(line:col)-(line:col)</c>.</summary>
    public override string ToString() => $"({Start})-({End})";
}
