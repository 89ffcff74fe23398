namespace Weidu.Temporal;

/// <summary>Which way a date without a year leans when the text gives no tense cue.</summary>
public enum TemporalBias
{
    /// <summary>Read the text's tense cues (已, 以来 look back; 将, 要, 力争, 确保 look ahead); festivals default to their next occurrence.</summary>
    Context,

    /// <summary>Prefer the next occurrence on or after the anchor.</summary>
    Future,

    /// <summary>Prefer the latest occurrence on or before the anchor.</summary>
    Past,
}

/// <summary>
/// The explicit input every resolution depends on: the anchor date and where it came from, the
/// document's year and the previous chronicle entry's date. A value, so a pipeline can combine it
/// with a paragraph and cache the result.
/// </summary>
/// <param name="Anchor">The local wall-clock time that 今天, 本月 and a date without a year are read against.</param>
/// <param name="Source">Where <paramref name="Anchor"/> came from.</param>
public sealed record TemporalContext(DateTime Anchor, AnchorSource Source = AnchorSource.ReferenceTime)
{
    /// <summary>The date 是日, 当日 and 次日 refer to when the text itself has named no date yet (a chronicle's previous entry).</summary>
    public DateOnly? PreviousEntryDate { get; init; }

    /// <summary>
    /// The year a date without a year belongs to when the text names none (the corpus metadata or an
    /// option); overrides the anchor's year, and is the lunar year of a lunar date without a year.
    /// </summary>
    public int? DocumentYear { get; init; }

    /// <summary>How a date without a year is placed around the anchor.</summary>
    public TemporalBias Bias { get; init; }

    /// <summary>
    /// Whether a Chinese-numeral month and day with no 日/号 (八月十五, 四月十三) is a lunar date, as Chinese
    /// readers take it (the default); false reads it as Gregorian, for sources that write Gregorian dates so.
    /// </summary>
    public bool ReadChineseMonthDayAsLunar { get; init; } = true;

    /// <summary>Whether 改革开放40周年 and similar anniversaries are resolved to the year they fall in.</summary>
    public bool ResolveAnniversaries { get; init; }

    /// <summary>A context anchored on a document's date line.</summary>
    public static TemporalContext ForDocument(DateOnly documentDate) =>
        new(documentDate.ToDateTime(TimeOnly.MinValue), AnchorSource.DocumentDate);

    /// <summary>
    /// A context anchored on a document's date line, such as （2019年1月20日） under a speech's title: the
    /// first date in <paramref name="line"/> that gives its year, month and day in full.
    /// </summary>
    /// <returns>False when the line names no full date.</returns>
    public static bool TryFromDateLine(ReadOnlySpan<char> line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TemporalContext? context)
    {
        context = null;
        foreach (var mention in DateLineReader.Extract(line, new TemporalContext(new DateTime(2000, 1, 1))))
        {
            if (mention.Anchor == AnchorSource.Text && mention.Grain == TemporalGrain.Day && mention.Interval?.Start is { } start)
            {
                context = ForDocument(DateOnly.FromDateTime(start));
                return true;
            }
        }

        return false;
    }

    private static readonly TemporalExtractor DateLineReader = new();

    /// <summary>A context for a chronicle entry: anchored on its month, with the previous entry's date for 是日.</summary>
    public static TemporalContext ForChronicle(int year, int month, DateOnly? previousEntryDate)
    {
        var anchor = previousEntryDate is { } previous && previous.Year == year && previous.Month == month
            ? previous.ToDateTime(TimeOnly.MinValue)
            : new DateTime(Math.Clamp(year, 1, 9999), Math.Clamp(month, 1, 12), 1);
        return new(anchor, AnchorSource.DocumentDate) { DocumentYear = year, PreviousEntryDate = previousEntryDate };
    }
}
