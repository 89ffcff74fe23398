using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using Weidu.Tokenization;

namespace Weidu.Benchmarks;

/// <summary>
/// Cold load: time to the first token in a fresh process (lexicon load and JIT included), Weidu
/// against jieba.NET and SmartCn, five launches each with one invocation.
/// Run: <c>dotnet run -c Release --project benchmarks/Weidu.Benchmarks -- --filter *TokenizerLoadBenchmarks*</c>
/// </summary>
/// <remarks>
/// BenchmarkDotNet's allocation column comes from an extra, warm invocation, which would miss the
/// load itself; the managed heap after a cold load is measured in fresh processes by
/// <c>dotnet run -c Release --project eval/Weidu.Tokenization.Eval -- --load</c>.
/// </remarks>
[Config(typeof(TokenizerBenchmarkConfig))]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class TokenizerLoadBenchmarks
{
    [GlobalSetup]
    public void Setup() => PeerData.UseJiebaResources();

    [Benchmark(Baseline = true, Description = "Weidu: create + first call")]
    public int Weidu() => ChineseTokenizer.Create().Tokenize("魏都区召开会议").Count;

    [Benchmark(Description = "jieba.NET: create + first call")]
    public int Jieba() => new JiebaSegmenter().Cut("魏都区召开会议").Count();

    [Benchmark(Description = "SmartCn: create + first call")]
    public int SmartCn()
    {
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        using var stream = analyzer.GetTokenStream("f", new StringReader("魏都区召开会议"));
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }
}
