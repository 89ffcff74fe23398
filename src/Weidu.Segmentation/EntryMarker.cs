namespace Weidu.Segmentation;

/// <summary>The form of a chronicle entry's day marker.</summary>
public enum EntryMarkerKind
{
    /// <summary>A day: <c>2日</c>, <c>**24日**</c>, with or without a qualifier.</summary>
    Day,

    /// <summary>A range of days: <c>2日至3日</c>, <c>26~27日</c>.</summary>
    DayRange,

    /// <summary>The same day as the previous entry: <c>是日</c>, <c>是日深夜</c>.</summary>
    SameDay,

    /// <summary>Some time in the month: <c>是月</c>.</summary>
    SameMonth,

    /// <summary>Some days before: <c>日前</c>.</summary>
    Recent,

    /// <summary>A part of a month: <c>2月中旬</c>.</summary>
    MonthPart,
}

/// <summary>
/// The day marker that starts a chronicle entry, as printed and as numbers. Turning it into a calendar date
/// (<c>是日</c> needs the previous entry's date) is the temporal library's job.
/// </summary>
/// <param name="Text">The marker, clean: <c>2日至3日</c>, <c>是日深夜</c>, <c>2月中旬</c>.</param>
/// <param name="Kind">The form of the marker.</param>
/// <param name="Month">The month the marker prints (<c>2月中旬</c>); <see langword="null"/> when it prints none.</param>
/// <param name="FirstDay">The first (or only) day the marker prints.</param>
/// <param name="LastDay">The last day of a range; equal to <paramref name="FirstDay"/> for a single day.</param>
/// <param name="Qualifier">What follows the day: 深夜, 上午, 中旬.</param>
public sealed record EntryMarker(string Text, EntryMarkerKind Kind, int? Month, int? FirstDay, int? LastDay, string? Qualifier);
