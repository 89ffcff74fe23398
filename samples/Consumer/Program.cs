// A user's program: it references the Weidu packages by version, never by project, and checks
// what it gets back. It exits non-zero when anything is wrong, so CI can run it against fresh packages.
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Weidu.Core;
using Weidu.Entities;
using Weidu.Pipeline;
using Weidu.Temporal;
using Weidu.Tokenization;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// Weidu.Core: decoding, line map, change tracking.
var bytes = Encoding.UTF8.GetBytes("## 在区委十四届七次全会上的讲话\n\n张书杰\n\n(2019年1月20日)\n");
var diagnostics = new DiagnosticBag();
var text = SourceText.From(bytes, null, diagnostics, "speech.txt");
Check(text.Lines.Count == 6, $"line map: {text.Lines.Count} lines");
Check(text.Lines.GetLinePosition(text.ToString().IndexOf('张', StringComparison.Ordinal)) == new LinePosition(2, 0), "张书杰 is on line 3, column 1");
var edited = text.WithChanges(new TextChange(new TextSpan(text.ToString().IndexOf('张', StringComparison.Ordinal), 3), "李朝锋"));
Check(edited.GetChangeRanges(text).Count == 1 && !edited.Equals(text), "one edit is one change range");
Check(diagnostics.Count == 0, "clean UTF-8 gives no diagnostics");

// Weidu.Tokenization: a name and a date stay whole, and tokens cover the input.
const string sentence = "区委常委、组织部长申健民于二○一九年1月20日主持会议。";
var tokens = ChineseTokenizer.Default.Tokenize(sentence.AsSpan());
var words = tokens.Select(t => t.GetText(sentence.AsSpan()).ToString()).ToList();
Check(words.Contains("申健民"), $"申健民 is one token: {string.Join(" / ", words)}");
Check(string.Concat(words) == sentence, "tokens cover the sentence exactly");

// Weidu.Temporal: an explicit date and a lunar one.
var dates = TemporalExtractor.Create().Extract("2019年1月20日召开会议，农历腊月二十七走访慰问。", TemporalContext.ForDocument(new DateOnly(2019, 1, 20)));
Check(dates.Any(d => d.Value == "2019-01-20"), "2019年1月20日 is 2019-01-20");
Check(dates.Any(d => d.Interval is { Start: { } start } && start.Date == new DateTime(2019, 2, 1)), "农历腊月二十七 is 2019-02-01");

// Weidu.Entities: a person with the post printed before the name.
var mentions = EntityTagger.Create().Tag("区委书记张书杰到曹魏古城调研。");
Check(mentions.Any(m => m.Type == EntityType.Person && m.Text == "张书杰" && m.Titles.Contains("区委书记")), "张书杰 is a person holding 区委书记");

// Weidu.Pipeline: the whole yearbook through DI, with a user's stage beside the built-in ones.
using var services = new ServiceCollection()
    .AddWeidu(weidu => weidu.AddWeiduDefaults().AddStage<EntryCountStage>())
    .BuildServiceProvider();
var driver = services.GetRequiredService<CorpusDriver>();
var yearbook = SourceText.From(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "weidu-yearbook-2019.txt")));
var result = driver.Run(Corpus.Create().AddDocument("yearbook", yearbook)).GetRunResult();
var entries = result.GetOutputs<EntryCount>().SingleOrDefault();
Check(entries is { Count: > 250 }, $"the custom stage counted {entries?.Count} chronicle entries");

if (failures.Count > 0)
{
    Console.Error.WriteLine($"{failures.Count} check(s) failed: {string.Join("; ", failures)}");
    return 1;
}

Console.WriteLine("All consumer checks passed.");
return 0;

/// <summary>The number of chronicle entries in the corpus.</summary>
internal sealed record EntryCount(int Count);

/// <summary>A user's stage: built on the built-in items provider, with no access to any internals.</summary>
internal sealed class EntryCountStage : ICorpusStage
{
    public void Initialize(CorpusStageContext context)
    {
        var count = context.Items
            .Where(static item => item.Kind == CorpusItemKind.ChronicleEntry)
            .Collect()
            .Select(static (entries, _) => entries.Count);
        context.RegisterOutput(count, static (sink, n) => sink.Add(new EntryCount(n)));
    }
}
