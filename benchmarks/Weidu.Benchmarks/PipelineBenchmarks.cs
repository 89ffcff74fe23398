using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Weidu.Core;
using Weidu.Pipeline;
using PipelineCorpus = Weidu.Pipeline.Corpus;

namespace Weidu.Benchmarks;

/// <summary>
/// The incremental engine: the whole pipeline (segmentation, tokenizer, temporal, entities) over 20 copies of
/// the yearbook as 20 documents, from scratch, against a re-run after a one-character edit inside one chronicle
/// entry of one document (the edit toggles back and forth, so every re-run has something to redo).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks : IThroughputBenchmark
{
    private const int Documents = 20;

    private PipelineCorpus _corpus = PipelineCorpus.Create();
    private PipelineCorpus _edited = PipelineCorpus.Create();
    private CorpusDriver _driver = null!;
    private bool _toggle;

    public long InputBytes => Documents * (long)Corpus.YearbookUtf8.Length;

    [GlobalSetup]
    public void Setup()
    {
        var text = SourceText.From(Corpus.Yearbook);
        for (var i = 0; i < Documents; i++)
        {
            _corpus = _corpus.AddDocument($"yearbook-{i}", text);
        }

        var at = Corpus.Yearbook.IndexOf("区委书记张书杰到曹魏古城南大街调研", StringComparison.Ordinal) + 6;
        _edited = _corpus.WithChangedText("yearbook-7", new TextChange(new TextSpan(at, 1), "国"));
        _driver = NewDriver().Run(_corpus);
    }

    [Benchmark(Baseline = true)]
    public int FullRun() => NewDriver().Run(_corpus).GetRunResult().Outputs.Length;

    [Benchmark]
    public int IncrementalRun()
    {
        _toggle = !_toggle;
        _driver = _driver.Run(_toggle ? _edited : _corpus);
        return _driver.GetRunResult().Outputs.Length;
    }

    private static CorpusDriver NewDriver() => new(CorpusStages.Defaults());
}

/// <summary>
/// Streaming: a generated corpus of yearbook copies, each with its years shifted, read from a stream that makes the
/// bytes as they are read (the corpus never exists in memory), on 1 and 2 cores; with all four built-in stages
/// (<c>all</c>: entities tagged with the tagger's own gazetteer, so the items equal a batch run's; <c>gazetteer</c>:
/// the default options, each chunk collecting its corpus gazetteer and tagging against it), and with none (the
/// pipeline's own work: decoding, cutting, segmenting, mapping spans). Prints the process's peak working set after
/// each case, which is the case's own only when BenchmarkDotNet runs it in a process of its own (not with
/// <c>--inProcess</c>). <c>WEIDU_STREAM_MB</c> sets the size (20 MB by default, 1000 for 1 GB) and
/// <c>WEIDU_STREAM_CORES</c> the core counts (<c>1,2</c> by default) and <c>WEIDU_STREAM_STAGES</c> the cases
/// (<c>all,gazetteer,none</c> by default), since a 1 GB case takes minutes; see docs/pipeline.md for the command.
/// Runs with the server garbage collector, as the <c>weidu</c> tool does: the workers all allocate, and the workstation
/// collector collects on one core while the others wait.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class PipelineStreamingBenchmarks : IThroughputBenchmark
{
    private static readonly long Megabytes = long.TryParse(Environment.GetEnvironmentVariable("WEIDU_STREAM_MB"), out var mb) ? mb : 20;

    private CorpusDriver _driver = null!;

    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    [ParamsSource(nameof(StageSets))]
    public string Stages { get; set; } = "all";

    public static IEnumerable<int> CoreCounts() =>
        (Environment.GetEnvironmentVariable("WEIDU_STREAM_CORES") ?? "1,2").Split(',').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture));

    public static IEnumerable<string> StageSets() =>
        (Environment.GetEnvironmentVariable("WEIDU_STREAM_STAGES") ?? "all,gazetteer,none").Split(',');

    [GlobalSetup]
    public void Setup() =>
        _driver = new CorpusDriver(Stages == "none" ? [] : CorpusStages.Defaults(), new CorpusDriverOptions { CollectCorpusGazetteer = Stages == "gazetteer" });

    public long InputBytes => Megabytes * 1_000_000;

    [Benchmark]
    public async Task<int> Stream()
    {
        var count = 0;
        var options = new StreamOptions { MaxDegreeOfParallelism = Cores, MaxChunksInFlight = 2 * Cores };
        await foreach (var item in _driver.StreamAsync(new YearbookCopiesStream(InputBytes), options, CancellationToken.None))
        {
            count += 1 + item.Tokens.Count;
        }

        return count;
    }

    [GlobalCleanup]
    public void ReportPeak()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set: {process.PeakWorkingSet64 / 1_000_000} MB ({Megabytes} MB streamed, {Cores} core(s), stages: {Stages})");
    }

    /// <summary>
    /// A read-only stream of yearbook copies whose years are shifted by one per copy, made as it is read: the bytes of
    /// <c>Corpus.Yearbook.Replace("2019", year) + "\n"</c> in UTF-8, written from one copy of the yearbook's bytes with
    /// each "2019" patched as it passes (ASCII digits never occur inside a multi-byte character, so the byte matches are
    /// the string's; the years stay four digits for the first 7,980 copies, about 3 GB). Making each copy as strings
    /// (the yearbook decoded, replaced, joined to its line feed) and their bytes put four large objects per copy, 1.9 MB
    /// per 0.37 MB streamed, on the large-object heap: the benchmark's own garbage, which set off full collections.
    /// </summary>
    private sealed class YearbookCopiesStream(long length) : System.IO.Stream
    {
        private static readonly byte[] Template = Encoding.UTF8.GetBytes(Corpus.Yearbook + "\n");
        private static readonly int[] YearOffsets = FindYears(Template);

        private readonly byte[] _year = new byte[4];
        private int _copyIndex;
        private int _inCopy;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count && _position < length)
            {
                if (_inCopy == Template.Length)
                {
                    _copyIndex++;
                    _inCopy = 0;
                }

                if (_inCopy == 0)
                {
                    Encoding.ASCII.GetBytes((2019 + _copyIndex).ToString(System.Globalization.CultureInfo.InvariantCulture), _year);
                }

                var take = (int)Math.Min(Math.Min(count - written, Template.Length - _inCopy), length - _position);
                var target = buffer.AsSpan(offset + written, take);
                Template.AsSpan(_inCopy, take).CopyTo(target);
                foreach (var year in YearOffsets)
                {
                    // The part of this year's four digits that falls in the bytes just copied.
                    for (var d = Math.Max(year, _inCopy); d < Math.Min(year + 4, _inCopy + take); d++)
                    {
                        target[d - _inCopy] = _year[d - year];
                    }
                }

                _inCopy += take;
                written += take;
                _position += take;
            }

            return written;
        }

        private static int[] FindYears(byte[] bytes)
        {
            var offsets = new List<int>();
            var at = 0;
            int found;
            while ((found = bytes.AsSpan(at).IndexOf("2019"u8)) >= 0)
            {
                offsets.Add(at + found);
                at += found + 4;
            }

            return [.. offsets];
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
