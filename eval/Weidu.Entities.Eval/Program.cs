using System.Diagnostics;
using System.Globalization;
using System.Text;
using JiebaNet.Segmenter.PosSeg;
using Weidu.Entities;
using Weidu.Entities.Eval;

// Usage: dotnet run -c Release --project eval/Weidu.Entities.Eval -- [gold folder, default ../shared/eval/ner] [--dev] [--errors FILE]
// Scores Weidu's EntityTagger (one pass, and two passes with the gazetteer collected from the same unlabelled
// sentences) and jieba.NET's POS tags read as entities (nr* PER, ns LOC, nt ORG) on each gold set, as markdown.
// --dev scores only the People's Daily dev split, the one set tuning may look at; --errors writes each sentence's
// missed and spurious entities (two passes) to FILE, for error analysis outside the repository.
var options = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--errors")).ToList();
var root = positional.Count > 0 ? positional[0] : Path.Combine("..", "shared", "eval", "ner");
var errorsPath = args.SkipWhile(a => a != "--errors").Skip(1).FirstOrDefault();
var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
if (!Directory.Exists(root))
{
    Console.Error.WriteLine($"No gold folder at {Path.GetFullPath(root)}; pass it as the first argument.");
    return 1;
}

var sets = options.Contains("--dev")
    ? [("People's Daily 1998 NER dev", Path.Combine(root, "peoples_daily_bio", "example.dev"), GoldSet.ReadBio)]
    : new (string Name, string Path, Func<string, List<GoldSentence>> Read)[]
{
    ("MSRA test (SIGHAN 2006)", Path.Combine(root, "msra", "msra_test_bio.txt"), GoldSet.ReadBio),
    ("People's Daily 1998 NER test", Path.Combine(root, "peoples_daily_bio", "example.test"), GoldSet.ReadBio),
    ("PFR 1998-01 10% sample", Path.Combine(root, "pfr1998", "pfr199801_test10pct.txt"), GoldSet.ReadPfr),
};

// The gold sets annotate names inside book titles and have no MEETING or WORK type, so those are not tagged here.
// They have no post type either, and annotate the body that begins a post (市委 in 市委书记); the names a post holds
// are read from its nested mentions.
var tagger = EntityTagger.Create(o => (o.TagWorks, o.TagMeetings, o.IncludeNested) = (false, false, true));
var jieba = new PosSegmenter();
var report = new StringBuilder();
foreach (var (name, path, read) in sets)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"Skipping {name}: {path} is missing.");
        continue;
    }

    var sentences = read(path);
    var onePass = new Scorer();
    var twoPass = new Scorer();
    var baseline = new Scorer();
    var clock = Stopwatch.StartNew();
    var gazetteer = Gazetteer.Merge(sentences.Select(s => tagger.Collect(s.Text)));
    foreach (var sentence in sentences)
    {
        onePass.Add(sentence.Entities, Weidu(tagger.Tag(sentence.Text)));
        var predicted = Weidu(tagger.Tag(sentence.Text, gazetteer)).ToList();
        twoPass.Add(sentence.Entities, predicted);
        WriteErrors(sentence, predicted);
        baseline.Add(sentence.Entities, Jieba(sentence.Text));
    }

    report.AppendLine(CultureInfo.InvariantCulture, $"### {name}: {sentences.Count:N0} sentences, {sentences.Sum(s => s.Entities.Count):N0} gold entities");
    report.AppendLine();
    report.AppendLine("| system | type | precision | recall | F1 | gold | predicted | correct |");
    report.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    twoPass.AppendRows(report, "Weidu (two passes)");
    onePass.AppendRows(report, "Weidu (one pass)");
    baseline.AppendRows(report, "jieba.NET POS");
    report.AppendLine();
    Console.Error.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:F1} s");
}

errors?.Dispose();
Console.WriteLine(report);
return 0;

void WriteErrors(GoldSentence sentence, List<GoldEntity> predicted)
{
    if (errors is null)
    {
        return;
    }

    var gold = sentence.Entities.ToHashSet();
    var missed = sentence.Entities.Where(e => !predicted.Contains(e)).ToList();
    var spurious = predicted.Where(e => !gold.Contains(e)).Distinct().ToList();
    if (missed.Count + spurious.Count == 0)
    {
        return;
    }

    errors.WriteLine(sentence.Text);
    foreach (var (mark, entity) in missed.Select(e => ("FN", e)).Concat(spurious.Select(e => ("FP", e))))
    {
        errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mark} {entity.Type} {sentence.Text[entity.Start..entity.End]}"));
    }
}

static IEnumerable<GoldEntity> Weidu(Weidu.Core.EquatableArray<EntityMention> mentions) =>
    mentions.AsImmutableArray().SelectMany(m => m.Type switch
    {
        EntityType.Person or EntityType.Location or EntityType.Organization => [new GoldEntity(m.Span.Start, m.Span.End, m.Type.ToCode())],
        EntityType.Title => Weidu(m.Nested),
        _ => [],
    });

IEnumerable<GoldEntity> Jieba(string text)
{
    var position = 0;
    foreach (var pair in jieba.Cut(text))
    {
        var start = text.IndexOf(pair.Word, position, StringComparison.Ordinal);
        if (start < 0)
        {
            continue;
        }

        position = start + pair.Word.Length;
        var type = pair.Flag switch
        {
            var f when f.StartsWith("nr", StringComparison.Ordinal) => "PER",
            "ns" => "LOC",
            "nt" => "ORG",
            _ => null,
        };
        if (type is not null)
        {
            yield return new GoldEntity(start, position, type);
        }
    }
}
