namespace Weidu.Temporal.Tests;

public sealed class YearbookTests
{
    private static string Yearbook => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));

    [Fact]
    public void Speech_paragraphs_resolve_against_their_date_line()
    {
        // The 2019-02-01 talk: 今天 is the date line, 农历腊月二十七 is the same day, 春节 is four days on.
        var text = Yearbook;
        var start = text.IndexOf("同志们，今天是农历腊月二十七", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var line = text[start..text.IndexOf('\n', start)];
        var mentions = new TemporalExtractor().Extract(line, TemporalContext.ForDocument(new DateOnly(2019, 2, 1)));
        Assert.Equal(["今天", "农历腊月二十七", "春节"], mentions.Select(m => m.Text));
        Assert.All(mentions.Take(2), m => Assert.Equal(new DateTime(2019, 2, 1), m.Interval!.Value.Start));
        Assert.Equal(new DateTime(2019, 2, 5), mentions[2].Interval!.Value.Start);
    }

    [Fact]
    public void Whole_yearbook_extraction_matches_snapshot()
    {
        var mentions = new TemporalExtractor().Extract(Yearbook, TemporalContext.ForDocument(new DateOnly(2019, 12, 31)));
        var summary = mentions
            .GroupBy(m => $"{m.Kind} {m.Text}")
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} × {g.Key}")
            .ToArray();
        Snapshooter.Xunit.Snapshot.Match(new { Count = mentions.Count, Distinct = summary });
    }
}
