using Microsoft.Extensions.DependencyInjection;
using Weidu.Core;

namespace Weidu.Temporal.Tests;

public sealed class ApiTests
{
    [Fact]
    public void Dependency_injection_registers_a_configured_extractor()
    {
        using var provider = new ServiceCollection()
            .AddTemporalNormalizer(o =>
            {
                o.ReferenceTime = new DateTime(2019, 11, 19);
                o.DefaultYear = 2019;
            })
            .BuildServiceProvider();
        var extractor = provider.GetRequiredService<TemporalExtractor>();
        Assert.Same(extractor, provider.GetRequiredService<TemporalExtractor>());
        var mention = Assert.Single(extractor.Extract("明天"));
        Extract.Day(mention, Extract.D(2019, 11, 20));
        Assert.Equal(AnchorSource.ReferenceTime, mention.Anchor);
    }

    [Fact]
    public void Works_without_dependency_injection()
    {
        var extractor = TemporalExtractor.Create(o => o.ReferenceTime = new DateTime(2019, 1, 20));
        Extract.Day(Assert.Single(extractor.Extract("昨天")), Extract.D(2019, 1, 19));
    }

    [Fact]
    public void Results_and_contexts_have_value_equality()
    {
        var context = TemporalContext.ForDocument(new DateOnly(2019, 1, 20));
        Assert.Equal(context, TemporalContext.ForDocument(new DateOnly(2019, 1, 20)));
        var extractor = new TemporalExtractor();
        var first = extractor.Extract("2019年1月20日至22日，农历腊月二十七", context);
        var second = extractor.Extract("2019年1月20日至22日，农历腊月二十七", context);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Source_text_spans_are_offsets_into_the_whole_text()
    {
        var text = SourceText.From("第一段。\n2019年1月20日，召开会议。");
        var paragraph = text.Lines[1].Span;
        var mention = Assert.Single(new TemporalExtractor().Extract(text, paragraph, TemporalContext.ForDocument(new DateOnly(2019, 1, 20)), null));
        Assert.Equal("2019年1月20日", text.ToString(mention.Span));
    }

    [Fact]
    public void Json_line_follows_the_cli_contract()
    {
        const string line = "2019年1月20日至22日，40天，农历腊月二十七";
        var mentions = new TemporalExtractor().Extract(line, TemporalContext.ForDocument(new DateOnly(2019, 1, 20)));
        Snapshooter.Xunit.Snapshot.Match(TemporalJson.Serialize(line, mentions));
    }
}
