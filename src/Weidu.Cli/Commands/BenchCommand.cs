using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Weidu.Cli.Analysis;
using Weidu.Cli.Input;
using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Cli.Commands;

/// <summary>
/// <c>weidu bench [FILE]</c>: a quick throughput report — MB/s of UTF-8 input for each stage on its own (decode,
/// segment, tokenize, dates, entities) and for the whole pipeline — for users who want a number without
/// BenchmarkDotNet. Each stage is run for a second to warm up, then timed; the best of the timed runs is reported.
/// </summary>
internal static class BenchCommand
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The text to measure on. Without one, the bundled 2019 yearbook.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "FILE",
        };
        file.Validators.Add(InputArguments.RejectUnknownOptions);
        var iterations = new Option<int>("--iterations", "-n")
        {
            Description = "Timed runs per stage (after a one-second warm-up); the best is reported.",
            DefaultValueFactory = _ => 3,
        };
        iterations.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--iterations must be between 1 and 1000.");
            }
        });
        var encoding = InputEncoding.Option();
        var command = new Command("bench", "Measure throughput (MB/s of UTF-8 input) per stage and for the whole pipeline, single-threaded stages and the parallel pipeline.")
        {
            file,
            iterations,
            encoding,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(file), InputEncoding.Parse(parse.GetValue(encoding)), parse.GetValue(iterations), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? path, System.Text.Encoding? encoding, int iterations, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var source = path is null ? InputReader.BundledYearbook : InputReader.ResolveFile(path, encoding, console, problems);
        var input = source is not null ? await InputReader.TryReadAsync(source, problems, cancellationToken).ConfigureAwait(false) : null;
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        if (input is null)
        {
            return ExitCodes.InputProblems;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(input.Text.ToString());
        var segmenter = new YearbookSegmenter();
        var tokenizer = ChineseTokenizer.Default;
        var extractor = new TemporalExtractor();
        var tagger = EntityTagger.Create();
        var tree = segmenter.Segment(input.Text, input.Path);
        var items = BenchItems.Of(tree);
        var contexts = items.Select(i => i.Context).ToArray();
        var texts = items.Select(i => i.Text).ToArray();
        var gazetteer = Gazetteer.Merge(texts.Select(tagger.Collect));

        await console.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{input.Path}: {ProgressReporter.FormatBytes(bytes.LongLength)} UTF-8, {items.Count} entries and paragraphs; best of {iterations} after a one-second warm-up; {Environment.ProcessorCount} cores.")).ConfigureAwait(false);
        await console.Output.WriteLineAsync().ConfigureAwait(false);
        await console.Output.WriteLineAsync("| stage | time (ms) | MB/s |").ConfigureAwait(false);
        await console.Output.WriteLineAsync("| --- | ---: | ---: |").ConfigureAwait(false);

        async Task Measure(string stage, Action run)
        {
            // Warm up for a second, not one run: the runtime compiles a method first without optimisation and only
            // recompiles it after enough calls, so one warm-up run leaves most of a stage timed as unoptimised code.
            var warmUp = Stopwatch.StartNew();
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                run();
            }
            while (warmUp.Elapsed < WarmUpTime);

            var best = TimeSpan.MaxValue;
            for (var i = 0; i < iterations; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                run();
                best = clock.Elapsed < best ? clock.Elapsed : best;
            }

            var megabytes = bytes.Length / 1e6; // MB = 10^6 bytes, as in docs/benchmarks.md
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"| {stage} | {best.TotalMilliseconds:F1} | {megabytes / best.TotalSeconds:F1} |")).ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await Measure("decode (UTF-8 → SourceText)", () => SourceText.From(bytes)).ConfigureAwait(false);
        await Measure("segment (documents, entries)", () => segmenter.Segment(input.Text, input.Path)).ConfigureAwait(false);
        await Measure("tokenize", () =>
        {
            foreach (var text in texts)
            {
                foreach (var token in tokenizer.EnumerateTokens(text))
                {
                    _ = token;
                }
            }
        }).ConfigureAwait(false);
        await Measure("dates", () =>
        {
            for (var i = 0; i < texts.Length; i++)
            {
                extractor.Extract(texts[i], contexts[i]);
            }
        }).ConfigureAwait(false);
        await Measure("entities (one scan of each item: gazetteer pass + tagging)", () =>
        {
            var scans = Array.ConvertAll(texts, tagger.Scan);
            var collected = Gazetteer.Merge(scans.Select(tagger.Collect));
            foreach (var scan in scans)
            {
                tagger.Tag(scan, collected.RestrictTo(scan));
            }
        }).ConfigureAwait(false);
        await Measure("whole pipeline (CorpusDriver.Run, parallel)", () => new Analyzer().Analyze([input], null, cancellationToken)).ConfigureAwait(false);
        GC.KeepAlive(gazetteer);
        return ExitCodes.Success;
    }
}
