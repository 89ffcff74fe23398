using System.Collections.Frozen;

namespace Weidu.Temporal;

/// <summary>Which way a clause looks.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Reads the tense of the clause around a mention from its cue words: 已, 已经, 曾, 以来, 了
/// look back; 将, 要, 力争, 确保, 计划, 预计, 争取, 拟, 即将, 定于 look ahead. The clause ends at
/// Chinese sentence punctuation; only twenty characters either side are read.
/// </summary>
internal static class TenseCue
{
    private const int Window = 20;

    private static readonly string[] FutureCues = ["力争", "确保", "確保", "计划", "計劃", "预计", "預計", "争取", "爭取", "即将", "即將", "定于", "定於", "将", "將", "要", "拟", "擬", "务必", "必须", "必須", "准备", "準備", "打算"];
    private static readonly string[] PastCues = ["已经", "已經", "以来", "以來", "已", "曾", "了"];

    private static readonly FrozenDictionary<char, (string Cue, bool Future)[]> CuesByFirst = FutureCues.Select(c => (Cue: c, Future: true))
        .Concat(PastCues.Select(c => (Cue: c, Future: false)))
        .GroupBy(c => c.Cue[0])
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly CharSet CueStarts = new(CuesByFirst.Keys);

    public static Tense Detect(ReadOnlySpan<char> text, int start, int end, TemporalBias bias)
    {
        if (bias == TemporalBias.Future)
        {
            return Tense.Future;
        }

        if (bias == TemporalBias.Past)
        {
            return Tense.Past;
        }

        var from = start;
        while (from > 0 && start - from < Window && !IsClauseEnd(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < Window && !IsClauseEnd(text[to]))
        {
            to++;
        }

        var future = false;
        var past = false;
        FindCues(text[from..start], ref future, ref past);
        FindCues(text[end..to], ref future, ref past);
        return future == past ? Tense.Unknown : future ? Tense.Future : Tense.Past;
    }

    private static bool IsClauseEnd(char c) => c is '。' or '！' or '？' or '；' or '\n' or '\r' or '!' or '?' or ';';

    /// <summary>Reads the window once, trying only the cues that start with each character, instead of searching it once per cue.</summary>
    private static void FindCues(ReadOnlySpan<char> window, ref bool future, ref bool past)
    {
        for (var i = 0; i < window.Length; i++)
        {
            if (!CueStarts.Contains(window[i]))
            {
                continue;
            }

            var rest = window[i..];
            foreach (var (cue, isFuture) in CuesByFirst[window[i]])
            {
                if (rest.StartsWith(cue, StringComparison.Ordinal))
                {
                    future |= isFuture;
                    past |= !isFuture;
                }
            }
        }
    }
}
