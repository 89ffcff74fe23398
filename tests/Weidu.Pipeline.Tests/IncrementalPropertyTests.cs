using FsCheck;
using FsCheck.Fluent;
using Weidu.Core;

namespace Weidu.Pipeline.Tests;

public class IncrementalPropertyTests
{
    /// <summary>A speech and the first two months of the chronicle: every kind of item, small enough for many runs.</summary>
    private static readonly string Sample = MakeSample();

    private static string MakeSample()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var secondSpeech = text.IndexOf("## 在十四届区纪委四次全体会议上的讲话", StringComparison.Ordinal);
        var chronicle = text.IndexOf("# 大事记", StringComparison.Ordinal);
        var march = text.IndexOf("3 月", chronicle, StringComparison.Ordinal);
        return text[..Math.Min(secondSpeech, 6000)] + "\n\n" + text[chronicle..march];
    }

    // Names with and without a cue that vouches for them, so that edits move names into and out of the corpus gazetteer.
    private static readonly string[] Insertions = ["是日 区长李朝锋调研。\n\n", "5日 魏都区召开会议。\n\n", "改", "\n\n", "**", "许昌市", "12日 ", "。", "区委书记张书国", "张书国", "李朝锋"];

    private static Gen<(int Position, int Delete, int Insert)> Edit =>
        from position in Gen.Choose(0, 1_000_000)
        from delete in Gen.Elements(0, 0, 1, 2, 5, 40)
        from insert in Gen.Choose(-1, Insertions.Length - 1)
        select (position, delete, insert);

    private static TextChange ToChange((int Position, int Delete, int Insert) edit, int length)
    {
        var start = edit.Position % (length + 1);
        var delete = Math.Min(edit.Delete, length - start);
        return new TextChange(new TextSpan(start, delete), edit.Insert < 0 ? string.Empty : Insertions[edit.Insert]);
    }

    [Fact]
    public void Incremental_runs_after_random_edits_equal_a_run_from_scratch()
    {
        var stages = YearbookFixture.Stages();
        var initial = Corpus.Create().AddDocument("a", SourceText.From(Sample)).AddDocument("b", SourceText.From(Sample[..3000]));
        var start = new CorpusDriver(stages).Run(initial);
        Prop.ForAll(Edit.ArrayOf().Select(edits => edits.Take(4).ToArray()).ToArbitrary(), edits =>
        {
            var corpus = initial;
            var driver = start;
            foreach (var edit in edits)
            {
                var id = edit.Position % 3 == 0 ? "b" : "a";
                corpus.TryGetDocument(id, out var document);
                corpus = corpus.WithChangedText(id, ToChange(edit, document!.Text.Length));
                driver = driver.Run(corpus);
            }

            var incremental = driver.GetRunResult();
            var scratch = new CorpusDriver(stages).Run(corpus).GetRunResult();
            return incremental.Outputs.SequenceEqual(scratch.Outputs) && incremental.Diagnostics.Equals(scratch.Diagnostics);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(8));
    }
}
