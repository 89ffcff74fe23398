namespace Weidu.Temporal.Tests;

/// <summary>Shorthands for the tests: extract against a document date and read a mention's interval.</summary>
internal static class Extract
{
    private static readonly TemporalExtractor Extractor = new();

    public static IReadOnlyList<TemporalMention> All(string text, TemporalContext context) => Extractor.Extract(text, context);

    public static IReadOnlyList<TemporalMention> All(string text, int year, int month, int day) =>
        All(text, TemporalContext.ForDocument(new DateOnly(year, month, day)));

    /// <summary>The single mention of <paramref name="text"/>; fails if there is not exactly one.</summary>
    public static TemporalMention One(string text, int year = 2019, int month = 1, int day = 20) => Assert.Single(All(text, year, month, day));

    public static TemporalMention One(string text, TemporalContext context) => Assert.Single(All(text, context));

    public static DateTime D(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0);

    /// <summary>Asserts the mention's interval is [start, end).</summary>
    public static void Interval(TemporalMention mention, DateTime? start, DateTime? end)
    {
        Assert.NotNull(mention.Interval);
        Assert.Equal(start, mention.Interval.Value.Start);
        Assert.Equal(end, mention.Interval.Value.End);
    }

    /// <summary>Asserts the mention is the single day <paramref name="day"/>.</summary>
    public static void Day(TemporalMention mention, DateTime day)
    {
        Assert.Equal(TemporalGrain.Day, mention.Grain);
        Interval(mention, day, day.AddDays(1));
    }
}
