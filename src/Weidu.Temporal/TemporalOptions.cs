namespace Weidu.Temporal;

/// <summary>Options for <see cref="TemporalExtractor"/>.</summary>
public sealed class TemporalOptions
{
    /// <summary>The reference time expressions are resolved against when the caller gives no context; null means the current local time.</summary>
    public DateTime? ReferenceTime { get; set; }

    /// <summary>The year a date without a year belongs to when the text names none; null means the reference time's year.</summary>
    public int? DefaultYear { get; set; }

    /// <summary>How a date without a year is placed when the text gives no tense cue.</summary>
    public TemporalBias Bias { get; set; }

    /// <summary>Whether anniversaries such as 改革开放40周年 are resolved to the year they fall in.</summary>
    public bool ResolveAnniversaries { get; set; }

    /// <summary>Whether a Chinese-numeral month and day with no 日/号 (八月十五) is a lunar date; true by default.</summary>
    public bool ReadChineseMonthDayAsLunar { get; set; } = true;
}
