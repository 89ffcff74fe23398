using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline.Tests;

/// <summary>The built-in stages on the bundled yearbook, shared by the tests (one full run is the expensive part).</summary>
public sealed class YearbookFixture
{
    public YearbookFixture()
    {
        Text = SourceText.From(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")));
        Corpus = Pipeline.Corpus.Create().AddDocument("yearbook", Text);
        Driver = NewDriver().Run(Corpus);
    }

    public SourceText Text { get; }

    public Corpus Corpus { get; }

    public CorpusDriver Driver { get; }

    public static CorpusDriver NewDriver(params ICorpusStage[] extra) =>
        new([.. Stages(), .. extra], new CorpusDriverOptions { TrackIncrementalSteps = true });

    public static IReadOnlyList<ICorpusStage> Stages() =>
    [
        CorpusStages.YearbookSegmentation(),
        CorpusStages.ChineseTokenizer(ChineseTokenizer.Default),
        CorpusStages.TemporalNormalizer(new TemporalExtractor(new TemporalOptions { ReferenceTime = new DateTime(2020, 1, 1) })),
        CorpusStages.EntityTagger(new EntityTagger()),
    ];

    public IReadOnlyList<AnalysedItem> Entries(CorpusDriver driver) =>
        driver.GetRunResult().GetOutputs<AnalysedItem>().Where(i => i.Item.Kind == CorpusItemKind.ChronicleEntry).ToList();
}

public class YearbookPipelineTests(YearbookFixture fixture) : IClassFixture<YearbookFixture>
{
    private static readonly string[] PerItemSteps = ["tokenize", "temporal", "entities"];

    /// <summary>The reason of each item's step, by the item's clean text (entries' texts are distinct in the yearbook).</summary>
    private static Dictionary<string, IncrementalStepRunReason> Reasons(CorpusDriver driver, string step) =>
        driver.GetRunResult().TrackedSteps[step]
            .Where(s => s.Reason != IncrementalStepRunReason.Removed)
            .GroupBy(s => ((dynamic)s.Output!).Text as string ?? "")
            .ToDictionary(g => g.Key, g => g.First().Reason);

    /// <summary>The text without the layout and markup that repairs drop, to compare a clean token with its source.</summary>
    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '*' and not '#'));

    private AnalysedItem EntryContaining(string text) =>
        fixture.Entries(fixture.Driver).Single(e => e.Item.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void The_yearbook_yields_paragraphs_and_dated_entries()
    {
        var items = fixture.Driver.GetRunResult().GetOutputs<AnalysedItem>().ToList();
        var entries = fixture.Entries(fixture.Driver);
        Assert.True(entries.Count > 250, $"{entries.Count} entries");
        Assert.Contains(items, i => i.Item.Kind == CorpusItemKind.Paragraph && i.Item.Document.Kind == DocumentKind.Speech);
        Assert.All(items, i => Assert.NotEmpty(i.Tokens));
        Assert.All(items, i => Assert.Equal(i.Item.Node.GetFullText(), fixture.Text.ToString(i.Item.Span)));

        var first = EntryContaining("补短板稳投资项目谋划及债券申报工作例会。区领导张书杰、范耀江");
        Assert.Equal(new DateOnly(2019, 1, 2), first.Item.Date);
        var sameDay = EntryContaining("区委书记张书杰调研爱情公园打造工作");
        Assert.Equal(new DateOnly(2019, 1, 2), sameDay.Item.PreviousEntryDate);
        Assert.Equal(new DateOnly(2019, 1, 2), sameDay.Item.Date);
    }

    [Fact]
    public void Every_mapped_span_reads_the_annotated_text_in_the_source()
    {
        foreach (var item in fixture.Driver.GetRunResult().GetOutputs<AnalysedItem>())
        {
            var clean = item.Item.Text;
            var cleanTokens = fixture.Driver.GetRunResult().TrackedSteps["tokenize"]
                .Select(s => (AnnotatedText<Token>)s.Output!)
                .First(t => t.Text == clean);
            Assert.Equal(cleanTokens.Annotations.Count, item.Tokens.Count);
            for (var i = 0; i < item.Tokens.Count; i++)
            {
                var token = item.Tokens[i];
                Assert.True(item.Item.Span.Contains(token.Span), $"{token} outside {item.Item.Span}");
                Assert.Equal(Letters(clean.Substring(cleanTokens.Annotations[i].Start, cleanTokens.Annotations[i].Span.Length)), Letters(fixture.Text.ToString(token.Span)));
            }

            foreach (var mention in item.EntityMentions)
            {
                Assert.True(item.Item.Span.Contains(mention.Span), $"{mention} outside {item.Item.Span}");
            }

            foreach (var mention in item.TemporalMentions)
            {
                Assert.True(item.Item.Span.Contains(mention.Span), $"{mention} outside {item.Item.Span}");
            }
        }
    }

    [Fact]
    public void Changing_one_character_in_one_entry_modifies_only_that_entrys_steps()
    {
        var entry = EntryContaining("区委书记张书杰到曹魏古城南大街调研春节假期安全生产工作");
        var at = fixture.Text.ToString().IndexOf("曹魏古城南大街", StringComparison.Ordinal) + 2;
        var edited = fixture.Driver.Run(fixture.Corpus.WithChangedText("yearbook", new TextChange(new TextSpan(at, 1), "国")));

        var editedText = entry.Item.Text.Replace("曹魏古城", "曹魏国城", StringComparison.Ordinal);
        foreach (var step in PerItemSteps)
        {
            var reasons = Reasons(edited, step);
            Assert.Equal(IncrementalStepRunReason.Modified, reasons[editedText]);
            Assert.All(
                fixture.Entries(edited).Where(e => e.Item.Text != editedText),
                e => Assert.True(reasons[e.Item.Text] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} {reasons[e.Item.Text]}: {e.Item.Text}"));
        }

        Assert.DoesNotContain(edited.GetRunResult().TrackedSteps["tokenize"], s => s.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Removed);
    }

    [Fact]
    public void Renaming_a_person_in_one_entry_retags_only_that_entry()
    {
        // The benchmark's edit: 张书杰 becomes 张书国 in one entry, after a post, so the new name enters the corpus gazetteer.
        var entry = EntryContaining("区委书记张书杰到曹魏古城南大街调研春节假期安全生产工作");
        var at = fixture.Text.ToString().IndexOf("区委书记张书杰到曹魏古城南大街调研", StringComparison.Ordinal) + 6;
        var edited = fixture.Driver.Run(fixture.Corpus.WithChangedText("yearbook", new TextChange(new TextSpan(at, 1), "国")));

        var gazetteer = Assert.Single(edited.GetRunResult().TrackedSteps["gazetteer"]);
        Assert.Equal(IncrementalStepRunReason.Modified, gazetteer.Reason);
        Assert.True(((Gazetteer)gazetteer.Output!).TryGetType("张书国", out _));

        var editedText = entry.Item.Text.Replace("张书杰到曹魏", "张书国到曹魏", StringComparison.Ordinal);
        var entities = edited.GetRunResult().TrackedSteps["entities"];
        var ran = entities.Where(s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        var step = Assert.Single(ran);
        Assert.Equal(IncrementalStepRunReason.Modified, step.Reason);
        Assert.Equal(editedText, ((AnnotatedText<EntityMention>)step.Output!).Text);
        Assert.All(
            edited.GetRunResult().TrackedSteps["restrict"].Where(s => ((Gazetteer)s.Output!).Entries.Any(e => e.Text == "张书国")),
            s => Assert.Equal(editedText, s.Input));
    }

    [Fact]
    public void Every_item_is_tagged_as_the_tagger_tags_its_text_against_the_whole_corpus_gazetteer()
    {
        // The graph scans each text once and tags the scan against the part of the gazetteer that occurs in it.
        var tagger = new EntityTagger();
        var result = fixture.Driver.GetRunResult();
        var tagged = result.TrackedSteps["entities"].Select(s => (AnnotatedText<EntityMention>)s.Output!).ToList();
        var gazetteer = Gazetteer.Merge(tagged.Select(t => tagger.Collect(t.Text)));

        Assert.True(gazetteer.Entries.Count > 100);
        Assert.Equal(gazetteer, (Gazetteer)Assert.Single(result.TrackedSteps["gazetteer"]).Output!);
        Assert.All(tagged, t => Assert.Equal(tagger.Tag(t.Text, gazetteer), t.Annotations));
    }

    [Fact]
    public void A_name_entering_the_gazetteer_retags_the_unchanged_entries_where_it_occurs()
    {
        // An entry that names 张书国 with no cue of its own, so only the corpus gazetteer can make it a person.
        var text = fixture.Text.ToString();
        var sameDay = text.IndexOf("是日 区委书记张书杰调研爱情公园打造工作", StringComparison.Ordinal);
        const string Inserted = "是日 张书国、王大明到文峰街道检查工作。\n\n";
        var corpus = fixture.Corpus.WithChangedText("yearbook", TextChange.Insert(sameDay, Inserted));
        var before = fixture.Driver.Run(corpus);
        Assert.False(((Gazetteer)Assert.Single(before.GetRunResult().TrackedSteps["gazetteer"]).Output!).TryGetType("张书国", out _));

        var at = corpus.Documents.Single().Text.ToString().IndexOf("区委书记张书杰到曹魏古城南大街调研", StringComparison.Ordinal) + 6;
        var renamed = corpus.WithChangedText("yearbook", new TextChange(new TextSpan(at, 1), "国"));
        var after = before.Run(renamed);

        var uncued = fixture.Entries(after).Single(e => e.Item.Text.Contains("到文峰街道检查工作", StringComparison.Ordinal)).Item.Text;
        var restrict = after.GetRunResult().TrackedSteps["restrict"].Single(s => (string?)s.Input == uncued);
        Assert.Equal(IncrementalStepRunReason.Modified, restrict.Reason);
        var entities = after.GetRunResult().TrackedSteps["entities"].Single(s => ((AnnotatedText<EntityMention>)s.Output!).Text == uncued);
        Assert.Contains(entities.Reason, new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged });
        Assert.Contains(((AnnotatedText<EntityMention>)entities.Output!).Annotations, m => m.Text == "张书国" && m.Type == EntityType.Person);

        var scratch = YearbookFixture.NewDriver().Run(renamed).GetRunResult();
        Assert.True(scratch.Outputs.SequenceEqual(after.GetRunResult().Outputs));
    }

    [Fact]
    public void Inserting_an_entry_makes_it_new_and_modifies_only_the_entries_whose_anchor_changed()
    {
        // Insert "3日 …" before the 是日 that follows the 2日 entry: that 是日 is now anchored on the 3rd.
        var text = fixture.Text.ToString();
        var sameDay = text.IndexOf("是日 区委书记张书杰调研爱情公园打造工作", StringComparison.Ordinal);
        const string Inserted = "3日 魏都区召开新插入的测试会议。\n\n";
        var edited = fixture.Driver.Run(fixture.Corpus.WithChangedText("yearbook", TextChange.Insert(sameDay, Inserted)));

        var temporal = Reasons(edited, "temporal");
        var newEntry = fixture.Entries(edited).Single(e => e.Item.Text.Contains("新插入的测试会议", StringComparison.Ordinal));
        Assert.Equal(IncrementalStepRunReason.New, temporal[newEntry.Item.Text]);
        var anchored = fixture.Entries(edited).Single(e => e.Item.Text.Contains("调研爱情公园打造工作", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2019, 1, 3), anchored.Item.PreviousEntryDate);
        Assert.Equal(IncrementalStepRunReason.Modified, temporal[anchored.Item.Text]);

        var changedAnchors = fixture.Entries(edited)
            .Where(e => e.Item.PreviousEntryDate != fixture.Entries(fixture.Driver).FirstOrDefault(o => o.Item.Text == e.Item.Text)?.Item.PreviousEntryDate)
            .Select(e => e.Item.Text)
            .ToHashSet();
        foreach (var (entryText, reason) in temporal.Where(p => fixture.Entries(edited).Any(e => e.Item.Text == p.Key)))
        {
            // An entry whose anchor changed is recomputed: Modified, or Unchanged when it prints its own date.
            IncrementalStepRunReason[] expected = entryText == newEntry.Item.Text ? [IncrementalStepRunReason.New]
                : changedAnchors.Contains(entryText) ? [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged]
                : [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];
            Assert.True(expected.Contains(reason), $"{entryText[..10]}: {reason}");
        }

        var tokenize = Reasons(edited, "tokenize");
        Assert.Equal(IncrementalStepRunReason.New, tokenize[newEntry.Item.Text]);
        Assert.Single(edited.GetRunResult().TrackedSteps["tokenize"], s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_a_speech_leaves_every_chronicle_entry_cached()
    {
        var at = fixture.Text.ToString().IndexOf("深化党和国家机构改革，是以习近平同志", StringComparison.Ordinal);
        var edited = fixture.Driver.Run(fixture.Corpus.WithChangedText("yearbook", new TextChange(new TextSpan(at, 2), "推进")));

        foreach (var step in PerItemSteps)
        {
            var reasons = Reasons(edited, step);
            Assert.All(fixture.Entries(edited), e => Assert.True(
                reasons[e.Item.Text] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reasons[e.Item.Text]}"));
        }

        Assert.All(
            fixture.Entries(edited),
            e => Assert.Equal(IncrementalStepRunReason.Cached, Reasons(edited, "tokenize")[e.Item.Text]));
    }
}
