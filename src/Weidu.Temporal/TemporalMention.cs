using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>What kind of temporal expression a mention is.</summary>
public enum TemporalKind
{
    /// <summary>A calendar date or a calendar unit (a day, month, quarter, year, festival…).</summary>
    Date,

    /// <summary>A clock time or a part of a day.</summary>
    Time,

    /// <summary>A range between two points, or an open interval (before, after, since).</summary>
    Interval,

    /// <summary>An amount of time (40天, 两年半) with no position on the calendar.</summary>
    Duration,

    /// <summary>A recurring time (每年, 每月): its value is the period (P1Y, P1M), and it has no interval.</summary>
    Set,
}

/// <summary>The precision of a value, from second to year.</summary>
public enum TemporalGrain
{
    /// <summary>One second.</summary>
    Second,

    /// <summary>One minute.</summary>
    Minute,

    /// <summary>One hour.</summary>
    Hour,

    /// <summary>One day.</summary>
    Day,

    /// <summary>One ISO week, Monday to Sunday.</summary>
    Week,

    /// <summary>One month.</summary>
    Month,

    /// <summary>One quarter.</summary>
    Quarter,

    /// <summary>One year.</summary>
    Year,
}

/// <summary>A TIMEX3-style modifier: which part of the value the text points at.</summary>
public enum TemporalModifier
{
    /// <summary>The value itself.</summary>
    None,

    /// <summary>Its start (初, 上旬, 年初).</summary>
    Start,

    /// <summary>Its middle (中旬, 年中).</summary>
    Mid,

    /// <summary>Its end (底, 末, 下旬, 年底).</summary>
    End,

    /// <summary>Before it (前, 之前, 以前).</summary>
    Before,

    /// <summary>After it, or since it (后, 以后, 以来, 起).</summary>
    After,

    /// <summary>About it (左右, 前后, 许, 多).</summary>
    Approx,
}

/// <summary>Where the anchor a value was resolved against came from.</summary>
public enum AnchorSource
{
    /// <summary>The value needed no anchor: the text gives it in full.</summary>
    Text,

    /// <summary>The document's date line.</summary>
    DocumentDate,

    /// <summary>The previous chronicle entry's date.</summary>
    PreviousEntry,

    /// <summary>The reference time the caller supplied.</summary>
    ReferenceTime,
}

/// <summary>A date in the Chinese lunisolar calendar, as the text writes it.</summary>
/// <param name="Year">The Gregorian number of the lunar year (the year in which its 正月 begins).</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="IsLeapMonth">Whether the month is the leap month (闰月) that follows <paramref name="Month"/>.</param>
/// <param name="Day">The day, 1–30, or 0 when the text names the whole month.</param>
public readonly record struct LunarDate(int Year, int Month, bool IsLeapMonth, int Day);

/// <summary>A half-open interval of local wall-clock time [Start, End); a null bound is open.</summary>
/// <param name="Start">The first instant, or null when the interval has no start.</param>
/// <param name="End">The first instant after the interval, or null when it has no end.</param>
public readonly record struct TemporalInterval(DateTime? Start, DateTime? End);

/// <summary>
/// One temporal expression found in a text: what it says (<see cref="Value"/>, <see cref="Modifier"/>,
/// <see cref="Lunar"/>) and what it means (<see cref="Interval"/> at <see cref="Grain"/>, resolved against
/// an anchor from <see cref="Anchor"/>).
/// </summary>
/// <param name="Span">The UTF-16 span of the expression in the text it was found in.</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Kind">The kind of expression.</param>
/// <param name="Value">A TIMEX3-style value at the text's own precision: 2019-01-20, 2019-Q1, XXXX-12-05, P40D, or start/end for a range.</param>
/// <param name="Modifier">The TIMEX3-style modifier.</param>
/// <param name="Grain">The precision of the interval's bounds.</param>
/// <param name="Interval">The Gregorian interval the expression means; null for a duration.</param>
/// <param name="Anchor">Where the anchor came from.</param>
public sealed record TemporalMention(
    TextSpan Span,
    string Text,
    TemporalKind Kind,
    string Value,
    TemporalModifier Modifier,
    TemporalGrain Grain,
    TemporalInterval? Interval,
    AnchorSource Anchor)
{
    /// <summary>The lunar form the text used, for lunar dates and lunar festivals; otherwise null.</summary>
    public LunarDate? Lunar { get; init; }
}
