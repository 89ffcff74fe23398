using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;
using Weidu.Temporal;

namespace Weidu.Reliability.Tests;

/// <summary>The temporal extractor on hostile shapes and impossible dates: diagnostics, never exceptions.</summary>
public sealed class TemporalTests
{
    private static readonly TemporalExtractor Extractor = TemporalExtractor.Create(o => o.DefaultYear = 2019);
    private static readonly TemporalContext Context = TemporalContext.ForChronicle(2019, 6, new DateOnly(2019, 6, 3));

    public static TheoryData<string> ImpossibleDates => new()
    {
        "2019年2月30日",
        "二〇一九年十三月三日",
        "0年0月0日",
        "9999年12月31日至10000年1月1日",
        "99999999999999999999年",
        "2019年6月-5日",
        "农历闰八月初一",
        "公元前500年",
        "1月32日",
        "2月29日",
        "第99999999999季度",
        "99999999999天前",
        "99999999999年后",
    };

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void Every_shape_gives_mentions_whose_text_is_the_text_at_their_span(string shape, string content)
    {
        var diagnostics = new DiagnosticBag();

        var mentions = Extractor.Extract(content, Context, diagnostics);

        AssertMentions(mentions, content);
        AssertDiagnostics(diagnostics, content);
        _ = shape;
    }

    [Theory]
    [MemberData(nameof(ImpossibleDates))]
    public void An_impossible_date_is_a_diagnostic_or_no_mention_but_never_an_exception(string content)
    {
        var diagnostics = new DiagnosticBag();

        var mentions = Extractor.Extract(content, Context, diagnostics);

        AssertMentions(mentions, content);
        AssertDiagnostics(diagnostics, content);
    }

    [Fact]
    public void February_30th_is_reported_with_its_position()
    {
        const string Content = "会议于2019年2月30日召开。";
        var diagnostics = new DiagnosticBag();

        var mentions = Extractor.Extract(Content, Context, diagnostics);

        AssertMentions(mentions, Content);
        var invalid = Assert.Single(diagnostics.ToArray().AsImmutableArray(), d => d.Id == TemporalDiagnostics.InvalidDate.Id);
        Assert.True(invalid.Span.IntersectsWith(new TextSpan(Content.IndexOf('2', StringComparison.Ordinal), "2019年2月30日".Length)), $"the diagnostic span {invalid.Span} is not on the date");
    }

    [Theory]
    [InlineData("")]
    [InlineData("日")]
    [InlineData("32日")]
    [InlineData("0日")]
    [InlineData("31日至2日")]
    [InlineData("99999999999日")]
    [InlineData("是日深夜\0")]
    [InlineData("𠀀日")]
    [InlineData("########")]
    public void An_unreadable_entry_marker_is_not_an_exception(string marker)
    {
        var diagnostics = new DiagnosticBag();

        var resolved = ChronicleDates.TryResolveEntry(marker, 2019, 2, previousEntryDate: null, out var date, diagnostics);

        Assert.Equal(resolved, date is not null);
        Assert.All(diagnostics.ToArray(), d => Assert.StartsWith("WD3", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_line_of_dates_is_extracted_in_full()
    {
        // 1 MB, not 50: each mention allocates, and 50 MB would dominate the suite without testing more.
        var content = string.Concat(Enumerable.Repeat("2019年6月3日，", 1024 * 1024 / 10));

        var mentions = Extractor.Extract(content, Context);

        AssertMentions(mentions, content);
        Assert.Equal(1024 * 1024 / 10, mentions.Count);
    }

    [Fact]
    public void A_50_MB_line_without_newline_is_extracted_with_mentions_at_their_spans()
    {
        var content = HostileText.LongLine(50 * 1024 * 1024 / 3);

        var mentions = Extractor.Extract(content, Context);

        // Each repetition of the sentence names 春节 once; none is lost far into the line.
        AssertMentions(mentions, content);
        Assert.Equal(CountOf(content, "春节"), mentions.Count);
    }

    [Fact]
    public void A_hundred_thousand_one_character_lines_are_extracted_without_error()
    {
        var content = HostileText.OneCharacterLines(100_000);

        AssertMentions(Extractor.Extract(content, Context), content);
    }

    [Property(MaxTest = 300)]
    public Property Random_date_like_text_gives_mentions_inside_the_text(int seed)
    {
        var random = new Random(seed);
        const string Alphabet = "年月日至到—-~是旬上中下初农历闰前后去今明次每周星期一二三四五六七八九十〇零0123456789 ，。";
        var content = new string(Enumerable.Range(0, random.Next(60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        var diagnostics = new DiagnosticBag();
        var mentions = Extractor.Extract(content, Context, diagnostics);
        return (mentions.AsImmutableArray().All(m => m.Span.End <= content.Length && content.Substring(m.Span.Start, m.Span.Length) == m.Text)
            && diagnostics.ToArray().AsImmutableArray().All(d => d.Span.End <= content.Length))
            .Label(content);
    }

    // One assertion for the first mention out of place: per-mention assertions would dominate the time on long lines.
    private static void AssertMentions(EquatableArray<TemporalMention> mentions, string content)
    {
        foreach (var mention in mentions)
        {
            var span = mention.Span;
            var inside = span.Start >= 0 && span.End >= span.Start && span.End <= content.Length;
            if (!inside || !content.AsSpan(span.Start, span.Length).SequenceEqual(mention.Text) || string.IsNullOrEmpty(mention.Value))
            {
                Assert.Fail($"mention '{mention.Text}' at {span} (value '{mention.Value}') is not the text at its span with a value");
            }
        }
    }

    private static int CountOf(string content, string value)
    {
        var count = 0;
        for (var at = content.IndexOf(value, StringComparison.Ordinal); at >= 0; at = content.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertDiagnostics(DiagnosticBag diagnostics, string content) =>
        Assert.All(diagnostics.ToArray(), d =>
        {
            Assert.StartsWith("WD3", d.Id, StringComparison.Ordinal);
            Assert.InRange(d.Span.End, d.Span.Start, content.Length);
        });
}
