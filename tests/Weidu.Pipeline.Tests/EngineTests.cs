using Weidu.Core;

namespace Weidu.Pipeline.Tests;

public class EngineTests
{
    private const string DocumentA = "甲 乙 丙\n\n丁 戊\n\n词:乙 戊\n\n己 庚 辛";
    private const string DocumentB = "子 丑\n\n寅 卯 辰";

    private static readonly CorpusDriverOptions Tracking = new() { TrackIncrementalSteps = true };

    private static Corpus TwoDocuments() => Corpus.Create()
        .AddDocument("a", SourceText.From(DocumentA))
        .AddDocument("b", SourceText.From(DocumentB));

    private static Dictionary<string, IncrementalStepRunReason> Reasons(CorpusDriver driver, string step) =>
        driver.GetRunResult().TrackedSteps[step]
            .Where(s => s.Reason != IncrementalStepRunReason.Removed)
            .ToDictionary(s => s.Output switch
            {
                ToyTokens t => string.Join(' ', t.Tokens),
                ToyTagged t => t.Text,
                ToyParagraph p => p.Text,
                ToyEntry e => e.Text,
                var other => other!.ToString()!,
            }, s => s.Reason);

    [Fact]
    public void First_run_is_new_and_a_second_identical_run_is_cached()
    {
        var stage = new ToyStage();
        var driver = new CorpusDriver([stage], Tracking).Run(TwoDocuments());
        Assert.All(driver.GetRunResult().TrackedSteps["tokenize"], s => Assert.Equal(IncrementalStepRunReason.New, s.Reason));
        Assert.Equal(6, stage.TokenizeCalls);

        var again = driver.Run(TwoDocuments());
        Assert.All(again.GetRunResult().TrackedSteps["tokenize"], s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
        Assert.All(again.GetRunResult().TrackedSteps["tag"], s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
        Assert.Equal(6, stage.TokenizeCalls);
        Assert.Equal(driver.GetRunResult().Outputs.Select(o => o.ToString()), again.GetRunResult().Outputs.Select(o => o.ToString()));
        Assert.True(driver.GetRunResult().Outputs.SequenceEqual(again.GetRunResult().Outputs));
    }

    [Fact]
    public void Editing_one_paragraph_modifies_only_that_paragraph()
    {
        var stage = new ToyStage();
        var corpus = TwoDocuments();
        var driver = new CorpusDriver([stage], Tracking).Run(corpus);
        var at = DocumentA.IndexOf('丁', StringComparison.Ordinal);
        var edited = driver.Run(corpus.WithChangedText("a", new TextChange(new TextSpan(at, 1), "壬")));

        var tokenize = Reasons(edited, "tokenize");
        Assert.Equal(IncrementalStepRunReason.Modified, tokenize["壬 戊"]);
        Assert.Equal(6, tokenize.Count);
        Assert.All(tokenize.Where(p => p.Key != "壬 戊"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Value));
        Assert.Equal(7, stage.TokenizeCalls);
        Assert.DoesNotContain(edited.GetRunResult().TrackedSteps["tokenize"], s => s.Reason == IncrementalStepRunReason.Removed);
    }

    [Fact]
    public void Inserting_a_paragraph_makes_it_new_and_leaves_the_later_ones_cached()
    {
        var corpus = TwoDocuments();
        var driver = new CorpusDriver([new ToyStage()], Tracking).Run(corpus);
        var edited = driver.Run(corpus.WithChangedText("a", TextChange.Insert(DocumentA.IndexOf("丁", StringComparison.Ordinal), "新 段\n\n")));

        var tokenize = Reasons(edited, "tokenize");
        Assert.Equal(IncrementalStepRunReason.New, tokenize["新 段"]);
        Assert.All(tokenize.Where(p => p.Key != "新 段"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Value));
    }

    [Fact]
    public void Removing_a_paragraph_reports_it_removed()
    {
        var corpus = TwoDocuments();
        var driver = new CorpusDriver([new ToyStage()], Tracking).Run(corpus);
        var at = DocumentA.IndexOf("丁", StringComparison.Ordinal);
        var edited = driver.Run(corpus.WithChangedText("a", TextChange.Delete(new TextSpan(at, "丁 戊\n\n".Length))));

        var steps = edited.GetRunResult().TrackedSteps["tokenize"];
        var removed = Assert.Single(steps, s => s.Reason == IncrementalStepRunReason.Removed);
        Assert.Equal("a", removed.DocumentId);
        Assert.Equal(new ToyTokens("a", ["丁", "戊"]), removed.Output);
        Assert.All(steps.Where(s => s.Reason != IncrementalStepRunReason.Removed), s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
    }

    [Fact]
    public void Editing_one_document_leaves_the_other_cached_and_removing_it_removes_its_items()
    {
        var corpus = TwoDocuments();
        var driver = new CorpusDriver([new ToyStage()], Tracking).Run(corpus);
        var edited = driver.Run(corpus.WithChangedText("b", TextChange.Insert(0, "午 ")));
        Assert.All(edited.GetRunResult().TrackedSteps["tokenize"].Where(s => s.DocumentId == "a"), s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));

        var removed = edited.Run(corpus.RemoveDocument("b"));
        var steps = removed.GetRunResult().TrackedSteps["tokenize"];
        Assert.Equal(2, steps.Count(s => s.Reason == IncrementalStepRunReason.Removed && s.DocumentId == "b"));
        Assert.DoesNotContain(steps, s => s.DocumentId == "b" && s.Reason != IncrementalStepRunReason.Removed);
    }

    [Fact]
    public void A_changed_single_value_reruns_its_dependents_which_are_unchanged_when_their_output_is_equal()
    {
        var stage = new ToyStage();
        var corpus = TwoDocuments();
        var driver = new CorpusDriver([stage], Tracking).Run(corpus);
        var at = DocumentA.IndexOf("词:乙 戊", StringComparison.Ordinal) + "词:乙 戊".Length;
        var edited = driver.Run(corpus.WithChangedText("a", TextChange.Insert(at, " 卯")));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(edited.GetRunResult().TrackedSteps["lexicon"]).Reason);
        var tag = Reasons(edited, "tag");
        Assert.Equal(IncrementalStepRunReason.Modified, tag["寅 卯 辰"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, tag["甲 乙 丙"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, tag["子 丑"]);
        Assert.Equal(12, stage.TagCalls);
    }

    [Fact]
    public void An_edit_toggled_over_many_runs_of_a_corpus_of_many_chunks_reruns_only_the_edited_paragraph_each_time()
    {
        // Over 256 paragraphs a node's table has several chunks, and from the third run on the chunks the edit does not
        // touch are carried over whole: the reasons and outputs must be those of the item-by-item comparison.
        var paragraphs = Enumerable.Range(0, 700).Select(i => $"甲{i} 乙").ToList();
        paragraphs[650] = "词:乙";
        var text = string.Join("\n\n", paragraphs);
        var corpus = Corpus.Create().AddDocument("a", SourceText.From(text)).AddDocument("b", SourceText.From(DocumentB));
        var at = text.IndexOf("甲300 ", StringComparison.Ordinal);
        var edited = corpus.WithChangedText("a", new TextChange(new TextSpan(at, 1), "丙"));
        var stage = new ToyStage();
        var driver = new CorpusDriver([stage], Tracking).Run(corpus);

        for (var run = 1; run <= 5; run++)
        {
            var current = run % 2 == 1 ? edited : corpus;
            driver = driver.Run(current);
            var changed = run % 2 == 1 ? "丙300 乙" : "甲300 乙";
            foreach (var step in new[] { "tokenize", "tag" })
            {
                var reasons = Reasons(driver, step);
                Assert.Equal(702, reasons.Count);
                Assert.Equal(IncrementalStepRunReason.Modified, reasons[changed]);
                Assert.All(reasons.Where(p => p.Key != changed), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Value));
            }

            Assert.Equal(702 + run, stage.TokenizeCalls);
            Assert.True(new CorpusDriver([new ToyStage()]).Run(current).GetRunResult().Outputs.SequenceEqual(driver.GetRunResult().Outputs));
        }

        // The lexicon changes: every paragraph is tagged again, none taken whole from the last run.
        var lexiconAt = text.IndexOf("词:乙", StringComparison.Ordinal) + "词:乙".Length;
        var withWord = driver.Run(edited.WithChangedText("a", TextChange.Insert(lexiconAt, " 甲7")));
        var tag = Reasons(withWord, "tag");
        Assert.Equal(IncrementalStepRunReason.Modified, tag["甲7 乙"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, tag["甲8 乙"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, tag["子 丑"]);
    }

    [Fact]
    public void Inserting_an_entry_modifies_only_the_entries_whose_anchor_changed()
    {
        const string Chronicle = "2日 开会\n是日 调研\n5日 视察\n是日 座谈\n9日 闭幕";
        var corpus = Corpus.Create().AddDocument("c", SourceText.From(Chronicle));
        var driver = new CorpusDriver([new ToyStage()], Tracking).Run(corpus);
        var at = Chronicle.IndexOf("是日 座谈", StringComparison.Ordinal);
        var edited = driver.Run(corpus.WithChangedText("c", TextChange.Insert(at, "7日 检查\n")));

        var entries = Reasons(edited, "entries");
        Assert.Equal(IncrementalStepRunReason.New, entries["7日 检查"]);
        Assert.Equal(IncrementalStepRunReason.Modified, entries["是日 座谈"]);
        Assert.Equal(
            [IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged],
            new[] { "2日 开会", "是日 调研", "5日 视察", "9日 闭幕" }.Select(e => entries[e]));
        Assert.Equal(new ToyEntry("c", "是日 座谈", 7), edited.GetRunResult().GetOutputs<ToyEntry>().Single(e => e.Text == "是日 座谈"));
    }

    [Fact]
    public void Editing_an_entry_in_place_keeps_its_identity()
    {
        const string Chronicle = "2日 开会\n是日 调研\n5日 视察";
        var corpus = Corpus.Create().AddDocument("c", SourceText.From(Chronicle));
        var driver = new CorpusDriver([new ToyStage()], Tracking).Run(corpus);
        var edited = driver.Run(corpus.WithChangedText("c", new TextChange(new TextSpan(Chronicle.IndexOf('调', StringComparison.Ordinal), 1), "考")));

        var entries = Reasons(edited, "entries");
        Assert.Equal(IncrementalStepRunReason.Modified, entries["是日 考研"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, entries["2日 开会"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, entries["5日 视察"]);
        Assert.DoesNotContain(edited.GetRunResult().TrackedSteps["entries"], s => s.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Removed);
    }

    [Fact]
    public void A_comparer_decides_what_counts_as_unchanged()
    {
        var stage = new CaseInsensitiveStage();
        var corpus = Corpus.Create().AddDocument("a", SourceText.From("abc"));
        var driver = new CorpusDriver([stage], Tracking).Run(corpus);
        var edited = driver.Run(corpus.WithDocumentText("a", SourceText.From("ABC")));

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(edited.GetRunResult().TrackedSteps["text"]).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(edited.GetRunResult().TrackedSteps["length"]).Reason);
        Assert.Equal(1, stage.LengthCalls);
    }

    [Fact]
    public void Tracking_is_off_by_default_and_outputs_are_still_produced()
    {
        var driver = CorpusDriver.Create(new ToyStage()).Run(TwoDocuments());
        Assert.Empty(driver.GetRunResult().TrackedSteps);
        Assert.Equal(6, driver.GetRunResult().GetOutputs<ToyTokens>().Count());
    }

    [Fact]
    public void A_cancelled_run_throws_and_leaves_the_driver_usable()
    {
        var driver = CorpusDriver.Create(new ToyStage());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => driver.Run(TwoDocuments(), cancelled.Token));
        Assert.Equal(6, driver.Run(TwoDocuments()).GetRunResult().GetOutputs<ToyTokens>().Count());
    }

    [Fact]
    public void Corpus_rejects_misuse()
    {
        var corpus = TwoDocuments();
        Assert.Throws<ArgumentException>(() => corpus.AddDocument("a", SourceText.From("x")));
        Assert.Throws<ArgumentException>(() => corpus.RemoveDocument("z"));
        Assert.Throws<ArgumentException>(() => corpus.WithDocumentText("z", SourceText.From("x")));
        Assert.Equal(["a", "b"], corpus.Documents.Select(d => d.Id));
        Assert.Equal(["b"], corpus.RemoveDocument("a").Documents.Select(d => d.Id));
    }

    private sealed class CaseInsensitiveStage : ICorpusStage
    {
        public int LengthCalls;

        public void Initialize(CorpusStageContext context)
        {
            var text = context.Documents
                .Select(static (d, _) => d.Text.ToString())
                .WithComparer(StringComparer.OrdinalIgnoreCase)
                .WithTrackingName("text");
            var length = text.Select((t, _) => Interlocked.Increment(ref LengthCalls) > 0 ? t.Length : 0).WithTrackingName("length");
            context.RegisterOutput(length, static (sink, l) => sink.Add(l));
        }
    }
}
