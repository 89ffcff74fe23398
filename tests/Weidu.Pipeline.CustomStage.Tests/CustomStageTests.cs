using Microsoft.Extensions.DependencyInjection;
using Weidu.Core;

namespace Weidu.Pipeline.CustomStage.Tests;

public class CustomStageTests
{
    private static readonly SourceText Yearbook = SourceText.From(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")));

    private static ServiceProvider Services(KeywordStage stage) =>
        new ServiceCollection()
            .AddSingleton(new KeywordList(["改革", "魏都区"]))
            .AddWeidu(weidu => weidu
                .AddYearbookSegmentation()
                .AddChineseTokenizer()
                .AddStage(stage)
                .ConfigureDriver(o => o.TrackIncrementalSteps = true))
            .BuildServiceProvider();

    [Fact]
    public void A_user_stage_builds_on_the_built_in_tokens_and_reruns_only_edited_items()
    {
        var stage = new KeywordStage(new KeywordList(["改革", "魏都区"]));
        using var services = Services(stage);
        var driver = services.GetRequiredService<CorpusDriver>();
        var corpus = Corpus.Create().AddDocument("yearbook", Yearbook);

        var first = driver.Run(corpus);
        var hits = first.GetRunResult().GetOutputs<KeywordHit>().ToList();
        Assert.Contains(hits, h => h.Keyword == "改革");
        Assert.Contains(hits, h => h.Keyword == "魏都区");
        var total = Assert.Single(first.GetRunResult().GetOutputs<KeywordTotal>());
        Assert.Equal(hits.Sum(h => h.Count), total.Count);
        var callsAfterFirstRun = stage.Calls;

        var at = Yearbook.ToString().IndexOf("区委书记张书杰到曹魏古城南大街调研", StringComparison.Ordinal);
        var edited = first.Run(corpus.WithChangedText("yearbook", TextChange.Insert(at + 2, "魏都区")));

        Assert.Equal(callsAfterFirstRun + 1, stage.Calls);
        var steps = edited.GetRunResult().TrackedSteps["keywords"];
        Assert.Single(steps, s => s.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(total.Count + 1, Assert.Single(edited.GetRunResult().GetOutputs<KeywordTotal>()).Count);
    }

    [Fact]
    public void The_driver_resolves_from_the_container_with_the_defaults_and_a_container_made_stage()
    {
        using var services = new ServiceCollection()
            .AddSingleton(new KeywordList(["会议"]))
            .AddWeidu(weidu => weidu.AddWeiduDefaults().AddStage<KeywordStage>())
            .BuildServiceProvider();
        var driver = services.GetRequiredService<CorpusDriver>();
        var result = driver.Run(Corpus.Create().AddDocument("d", SourceText.From("# 大事记\n\n## 1 月\n\n2日 魏都区召开工作会议。\n\n是日 区长李朝锋主持召开会议。\n"))).GetRunResult();

        var items = result.GetOutputs<AnalysedItem>().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(CorpusItemKind.ChronicleEntry, i.Item.Kind));
        Assert.All(items, i => Assert.NotEmpty(i.Tokens));
        Assert.Equal(2, result.GetOutputs<KeywordHit>().Count());
        Assert.Same(driver, services.GetRequiredService<CorpusDriver>());
    }

    [Fact]
    public void Tracking_stays_off_unless_the_options_turn_it_on()
    {
        using var services = new ServiceCollection().AddWeiduDefaults().BuildServiceProvider();
        var result = services.GetRequiredService<CorpusDriver>().Run(Corpus.Create().AddDocument("d", SourceText.From("魏都区召开会议。"))).GetRunResult();
        Assert.Empty(result.TrackedSteps);
        Assert.Single(result.GetOutputs<AnalysedItem>());
    }
}
