using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Weidu.Tokenization;

// Word segmentation accuracy, the SIGHAN 2005 way: a word is right only when both its start and its
// end match the gold; precision, recall, F1, and recall of gold words missing from the training word
// list (OOV). Usage: Weidu.Tokenization.Eval [data folder]   (default ../shared/eval)
// With --load [launches], it measures instead each system's cold load in fresh processes.
if (args is ["--load", ..])
{
    return ColdLoad.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
}

if (args is ["--load-one", var system])
{
    return ColdLoad.RunOne(system);
}

var root = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "eval");
var sighan = Directory.Exists(Path.Combine(root, "sighan2005")) ? Path.Combine(root, "sighan2005") : Path.Combine(root, "segmentation", "sighan2005");
var pfr = Path.Combine(root, "ner", "pfr1998", "pfr199801_test10pct.txt");
if (!File.Exists(pfr))
{
    pfr = Path.Combine(root, "..", "ner", "pfr1998", "pfr199801_test10pct.txt");
}

var sets = new List<GoldSet>();
if (Directory.Exists(sighan))
{
    sets.Add(GoldSet.FromSighan("PKU", Path.Combine(sighan, "pku_test_gold.utf8"), Path.Combine(sighan, "pku_training_words.utf8"), SegmentationStandard.Pku));
    sets.Add(GoldSet.FromSighan("MSR", Path.Combine(sighan, "msr_test_gold.utf8"), Path.Combine(sighan, "msr_training_words.utf8"), SegmentationStandard.Msr));
}

if (File.Exists(pfr))
{
    sets.Add(GoldSet.FromPfr("PFR 1998 (10%)", pfr, SegmentationStandard.Pku));
}

if (sets.Count == 0)
{
    Console.Error.WriteLine($"No gold data found under '{root}'.");
    return 1;
}

// Cold load, each in turn in this fresh process: create, then a first call (which loads what is lazy).
var loads = new StringBuilder();
loads.AppendLine("| System | load + first call (ms) | managed heap after load (MB) |");
loads.AppendLine("|---|---:|---:|");
var weidu = MeasureLoad(loads, "Weidu", () => ChineseTokenizer.Create(), t => t.Tokenize("魏都区召开会议").Count);
var jieba = MeasureLoad(loads, "jieba.NET", () => new JiebaSegmenter(), j => j.Cut("魏都区召开会议").Count());
var smartCn = MeasureLoad(loads, "SmartCn", () => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false), a => SmartCnSpans(a, "魏都区召开会议").Count());
var systems = new (string Name, Func<GoldSet, string, IEnumerable<(int Start, int End)>> Segment)[]
{
    ("Weidu (matching --standard)", (set, line) => WeiduSpans(weidu.WithStandard(set.Standard), line)),
    ("Weidu (default standard)", (set, line) => WeiduSpans(weidu, line)),
    ("jieba.NET 0.42.2 (precise, HMM)", (_, line) => FillGaps(TextSpans(line, jieba.Cut(line, cutAll: false, hmm: true)), line.Length)),
    ("Lucene.Net SmartCn 4.8.0-beta17", (_, line) => FillGaps(SmartCnSpans(smartCn, line), line.Length)),
};

var output = new StringBuilder();
output.AppendLine("| System | Set | Precision | Recall | F1 | OOV recall | chars/s |");
output.AppendLine("|---|---|---:|---:|---:|---:|---:|");
foreach (var set in sets)
{
    foreach (var (name, segment) in systems)
    {
        var score = new Score();
        var watch = Stopwatch.StartNew();
        var predictions = set.Lines.Select(line => segment(set, line.Text).ToList()).ToList();
        watch.Stop();
        for (var i = 0; i < set.Lines.Count; i++)
        {
            score.Add(set.Lines[i], predictions[i], set.TrainingWords);
        }

        var speed = set.Lines.Sum(l => l.Text.Length) / watch.Elapsed.TotalSeconds;
        output.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {set.Name} | {score.Precision:F1} | {score.Recall:F1} | **{score.F1:F1}** | {(set.TrainingWords is null ? "–" : score.OovRecall.ToString("F1", CultureInfo.InvariantCulture))} | {speed:N0} |");
        if (Environment.GetEnvironmentVariable("WEIDU_EVAL_ERRORS") is { } errorsPath && name.StartsWith("Weidu (matching", StringComparison.Ordinal))
        {
            WriteErrors(Path.Combine(errorsPath, set.Name.Split(' ')[0] + ".txt"), set, predictions);
        }
    }
}

Console.Write(output);
Console.WriteLine();
Console.Write(loads);
return 0;

static T MeasureLoad<T>(StringBuilder table, string name, Func<T> create, Func<T, int> firstCall)
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    var instance = create();
    firstCall(instance);
    watch.Stop();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {watch.Elapsed.TotalMilliseconds:F0} | {(after - before) / 1e6:F1} |");
    return instance;
}

static IEnumerable<(int Start, int End)> WeiduSpans(ChineseTokenizer tokenizer, string line)
{
    foreach (var token in tokenizer.Tokenize(line).AsImmutableArray())
    {
        if (token.Kind != TokenKind.Whitespace)
        {
            yield return (token.Start, token.End);
        }
    }
}

static IEnumerable<(int Start, int End)> TextSpans(string line, IEnumerable<string> words)
{
    var position = 0;
    foreach (var word in words)
    {
        var start = line.IndexOf(word, position, StringComparison.Ordinal);
        if (start < 0)
        {
            continue;
        }

        position = start + word.Length;
        if (!string.IsNullOrWhiteSpace(word))
        {
            yield return (start, position);
        }
    }
}

static IEnumerable<(int Start, int End)> SmartCnSpans(SmartChineseAnalyzer analyzer, string line)
{
    using var stream = analyzer.GetTokenStream("f", new StringReader(line));
    var offsets = stream.AddAttribute<IOffsetAttribute>();
    stream.Reset();
    var spans = new List<(int, int)>();
    while (stream.IncrementToken())
    {
        spans.Add((offsets.StartOffset, offsets.EndOffset));
    }

    stream.End();
    return spans;
}

// A peer that drops characters (SmartCn drops punctuation) is credited with one token per dropped character.
static IEnumerable<(int Start, int End)> FillGaps(IEnumerable<(int Start, int End)> spans, int length)
{
    var position = 0;
    foreach (var (start, end) in spans.OrderBy(s => s.Start))
    {
        if (start < position)
        {
            continue;
        }

        for (; position < start; position++)
        {
            yield return (position, position + 1);
        }

        yield return (start, end);
        position = end;
    }

    for (; position < length; position++)
    {
        yield return (position, position + 1);
    }
}

static void WriteErrors(string path, GoldSet set, List<List<(int Start, int End)>> predictions)
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    using var writer = new StreamWriter(path);
    for (var i = 0; i < set.Lines.Count; i++)
    {
        var line = set.Lines[i];
        var gold = line.Words.ToHashSet();
        var predicted = predictions[i].ToHashSet();
        if (!gold.SetEquals(predicted))
        {
            writer.WriteLine("G: " + string.Join(" ", line.Words.Select(w => line.Text[w.Start..w.End])));
            writer.WriteLine("W: " + string.Join(" ", predictions[i].Select(w => line.Text[w.Start..w.End])));
        }
    }
}

internal sealed record GoldLine(string Text, List<(int Start, int End)> Words);

internal sealed partial record GoldSet(string Name, List<GoldLine> Lines, HashSet<string>? TrainingWords, SegmentationStandard Standard)
{
    public static GoldSet FromSighan(string name, string goldPath, string trainingWordsPath, SegmentationStandard standard)
    {
        var lines = File.ReadLines(goldPath)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .Select(ToLine)
            .ToList();
        var training = File.Exists(trainingWordsPath)
            ? File.ReadLines(trainingWordsPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
        return new GoldSet(name, lines, training, standard);
    }

    // PFR lines: an id, then word/tag tokens; pinyin in braces and the brackets of compounds are dropped.
    public static GoldSet FromPfr(string name, string path, SegmentationStandard standard)
    {
        var lines = new List<GoldLine>();
        foreach (var raw in File.ReadLines(path))
        {
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(t => Pinyin().Replace(t.TrimStart('['), string.Empty))
                .Select(t => t.Contains(']', StringComparison.Ordinal) ? t[..t.LastIndexOf(']')] : t)
                .Select(t => t[..t.LastIndexOf('/')])
                .Where(t => t.Length > 0)
                .ToArray();
            if (tokens.Length > 0)
            {
                lines.Add(ToLine(tokens));
            }
        }

        return new GoldSet(name, lines, null, standard);
    }

    private static GoldLine ToLine(string[] words)
    {
        var spans = new List<(int, int)>(words.Length);
        var position = 0;
        foreach (var word in words)
        {
            spans.Add((position, position + word.Length));
            position += word.Length;
        }

        return new GoldLine(string.Concat(words), spans);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Pinyin();
}

internal sealed class Score
{
    private long _gold;
    private long _predicted;
    private long _correct;
    private long _oov;
    private long _oovCorrect;

    public double Precision => 100.0 * _correct / Math.Max(1, _predicted);

    public double Recall => 100.0 * _correct / Math.Max(1, _gold);

    public double F1 => 2 * Precision * Recall / Math.Max(1e-9, Precision + Recall);

    public double OovRecall => 100.0 * _oovCorrect / Math.Max(1, _oov);

    public void Add(GoldLine line, List<(int Start, int End)> predicted, HashSet<string>? trainingWords)
    {
        var set = predicted.ToHashSet();
        _gold += line.Words.Count;
        _predicted += predicted.Count;
        foreach (var word in line.Words)
        {
            var hit = set.Contains(word);
            _correct += hit ? 1 : 0;
            if (trainingWords is not null && !trainingWords.Contains(line.Text[word.Start..word.End]))
            {
                _oov++;
                _oovCorrect += hit ? 1 : 0;
            }
        }
    }
}

/// <summary>
/// Cold load, each system alone in a fresh process: the time from creating it to its first tokens
/// (lexicon load and JIT included) and the managed heap it holds afterwards. The median of a few
/// launches each.
/// </summary>
internal static class ColdLoad
{
    private const string Probe = "魏都区召开会议";

    public static int Run(int launches)
    {
        Console.WriteLine("| System | create + first call (ms, median) | managed heap after load (MB, median) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var system in new[] { "Weidu", "jieba.NET", "SmartCn" })
        {
            var runs = new List<(double Milliseconds, double Megabytes)>();
            for (var i = 0; i < launches; i++)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
                {
                    start.ArgumentList.Add(typeof(ColdLoad).Assembly.Location);
                }

                start.ArgumentList.Add("--load-one");
                start.ArgumentList.Add(system);
                using var process = Process.Start(start)!;
                var line = process.StandardOutput.ReadToEnd().Trim().Split(' ');
                process.WaitForExit();
                runs.Add((double.Parse(line[0], CultureInfo.InvariantCulture), double.Parse(line[1], CultureInfo.InvariantCulture)));
            }

            var time = runs.Select(r => r.Milliseconds).Order().ElementAt(runs.Count / 2);
            var heap = runs.Select(r => r.Megabytes).Order().ElementAt(runs.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {system} | {time:F0} | {heap:F1} |"));
        }

        return 0;
    }

    public static int RunOne(string system)
    {
        var watch = Stopwatch.StartNew();
        object instance;
        switch (system)
        {
            case "Weidu":
                var weidu = ChineseTokenizer.Create();
                weidu.Tokenize(Probe);
                instance = weidu;
                break;
            case "jieba.NET":
                var jieba = new JiebaSegmenter();
                _ = jieba.Cut(Probe).Count();
                instance = jieba;
                break;
            default:
                var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false);
                using (var stream = analyzer.GetTokenStream("f", new StringReader(Probe)))
                {
                    stream.Reset();
                    while (stream.IncrementToken())
                    {
                    }

                    stream.End();
                }

                instance = analyzer;
                break;
        }

        watch.Stop();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(instance);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:F1} {heap / 1e6:F2}"));
        return 0;
    }
}
