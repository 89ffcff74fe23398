using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Weidu.Tokenization;

namespace Weidu.Benchmarks;

/// <summary>
/// Tokenizing throughput, single thread, Weidu against jieba.NET (precise mode, HMM on, with and
/// without POS tags) and Lucene.Net's SmartCn, on the yearbook and, when the shared gold data is
/// beside the repository, on the SIGHAN 2005 PKU test text.
/// Run: <c>dotnet run -c Release --project benchmarks/Weidu.Benchmarks -- --filter *TokenizerBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokenizerBenchmarkConfig))]
public class TokenizerBenchmarks : IThroughputBenchmark
{
    private string _text = string.Empty;
    private ChineseTokenizer _weidu = null!;
    private JiebaSegmenter _jieba = null!;
    private PosSegmenter _jiebaPos = null!;
    private SmartChineseAnalyzer _smartCn = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "yearbook";

    public static IEnumerable<string> Inputs => PeerData.PkuTestText() is null ? ["yearbook"] : ["yearbook", "pku"];

    public long InputBytes => Encoding.UTF8.GetByteCount(Load(Input));

    [GlobalSetup(Target = nameof(Weidu))]
    public void SetupWeidu() => SetupAndWarmUp(Weidu);

    [GlobalSetup(Target = nameof(Jieba))]
    public void SetupJieba() => SetupAndWarmUp(Jieba);

    [GlobalSetup(Target = nameof(JiebaPos))]
    public void SetupJiebaPos() => SetupAndWarmUp(JiebaPos);

    [GlobalSetup(Target = nameof(SmartCn))]
    public void SetupSmartCn() => SetupAndWarmUp(SmartCn);

    [Benchmark(Baseline = true, Description = "Weidu (POS tags, enumerator)")]
    public int Weidu()
    {
        var count = 0;
        foreach (var token in _weidu.EnumerateTokens(_text))
        {
            count += token.Tag.Length;
        }

        return count;
    }

    [Benchmark(Description = "jieba.NET Cut (precise, HMM)")]
    public int Jieba() => _jieba.Cut(_text, cutAll: false, hmm: true).Count();

    [Benchmark(Description = "jieba.NET PosSeg Cut (POS tags)")]
    public int JiebaPos() => _jiebaPos.Cut(_text, hmm: true).Count();

    [Benchmark(Description = "Lucene.Net SmartCn")]
    public int SmartCn()
    {
        using var stream = _smartCn.GetTokenStream("f", new StringReader(_text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count += term.Length;
        }

        stream.End();
        return count;
    }

    private static string Load(string input) => input == "pku" ? PeerData.PkuTestText()! : Corpus.Yearbook;

    /// <summary>
    /// Runs the system for a second before measuring. After a ShortRun's few warm-up calls, a system
    /// whose call takes milliseconds still runs partly in the runtime's unoptimized tier (methods are
    /// recompiled optimized after enough calls, in the background); a slow peer is warm after its
    /// first call anyway. The same second for every system, so none is favoured.
    /// </summary>
    private void SetupAndWarmUp(Func<int> system)
    {
        _text = Load(Input);
        PeerData.UseJiebaResources();
        _weidu = ChineseTokenizer.Create();
        _jieba = new JiebaSegmenter();
        _jiebaPos = new PosSegmenter(_jieba);
        _smartCn = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48, useDefaultStopWords: false);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            system();
        }

        Thread.Sleep(200);
    }
}

/// <summary>The build of the benchmark copy includes the lexicon and two peers: allow it time on a busy machine.</summary>
public sealed class TokenizerBenchmarkConfig : ManualConfig
{
    public TokenizerBenchmarkConfig() => WithBuildTimeout(TimeSpan.FromMinutes(15));
}

/// <summary>Where the peers' data and the shared PKU text are found at run time.</summary>
internal static class PeerData
{
    /// <summary>
    /// jieba.NET reads dict.txt and its HMM tables from ConfigManager.ConfigFileBaseDir (by default
    /// Resources/ beside the program); point it at the jieba.NET package in the NuGet cache.
    /// </summary>
    public static void UseJiebaResources()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var resources = Path.Combine(packages, "jieba.net", "0.42.2", "Resources");
        if (Directory.Exists(resources))
        {
            ConfigManager.ConfigFileBaseDir = resources;
        }
    }

    /// <summary>The PKU test text (shared/eval, beside the repository), or null when it is not there.</summary>
    public static string? PkuTestText()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "shared", "eval", "segmentation", "sighan2005", "pku_test.utf8");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        return null;
    }
}
