using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Weidu.Cli.Analysis;
using Weidu.Cli.Input;
using Weidu.Cli.Model;
using Weidu.Cli.Output;
using Weidu.Pipeline;

namespace Weidu.Cli.Commands;

/// <summary>
/// <c>weidu watch FILE [--out DIR]</c>: keeps the pipeline warm and re-analyses the file incrementally on every save,
/// printing which entries changed, what the driver re-ran and how long it took. Stops on Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The text file to watch.", HelpName = "FILE" };
        file.Validators.Add(InputArguments.RejectUnknownOptions);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also rewrite the analyze outputs (all formats) into this folder after every run.",
            HelpName = "DIR",
        };
        var encoding = InputEncoding.Option();
        var command = new Command("watch", "Re-analyse a file incrementally every time it is saved, and print which entries changed and how long the run took. Ctrl+C stops.")
        {
            file,
            output,
            encoding,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(file)!, InputEncoding.Parse(parse.GetValue(encoding)), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, System.Text.Encoding? encoding, string? outputDirectory, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var source = InputReader.ResolveFile(path, encoding, console, problems);
        if (source is null)
        {
            await Report(console, problems).ConfigureAwait(false);
            return ExitCodes.InputProblems;
        }

        var input = await InputReader.TryReadAsync(source, problems, cancellationToken).ConfigureAwait(false);
        await Report(console, problems).ConfigureAwait(false);
        if (input is null)
        {
            return ExitCodes.InputProblems;
        }

        var analyzer = new Analyzer(trackSteps: true);
        var clock = Stopwatch.StartNew();
        var result = analyzer.Analyze([input], null, cancellationToken);
        var full = Path.GetFullPath(path);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        var saves = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
        watcher.Changed += (_, _) => saves.Writer.TryWrite(true);
        watcher.Created += (_, _) => saves.Writer.TryWrite(true);
        watcher.Renamed += (_, e) =>
        {
            // Editors that save by writing a temporary file and renaming it over the original.
            if (string.Equals(e.FullPath, full, StringComparison.Ordinal))
            {
                saves.Writer.TryWrite(true);
            }
        };
        watcher.EnableRaisingEvents = true;

        // Announced only once the watcher is on, so that a save right after this line is seen.
        await console.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Watching {path}: {result.Documents.Count} documents, {result.Entries.Count} entries and paragraphs, analysed in {clock.ElapsedMilliseconds} ms. Save the file to re-analyse; Ctrl+C stops.")).ConfigureAwait(false);
        await WriteOutputsAsync(console, outputDirectory, result, path, cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);

        try
        {
            while (await saves.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // One save raises several events; let them settle and take them as one.
                await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
                while (saves.Reader.TryRead(out _))
                {
                }

                problems.Clear();
                var changed = await InputReader.TryReadAsync(source, problems, cancellationToken).ConfigureAwait(false);
                await Report(console, problems).ConfigureAwait(false);
                if (changed is null || changed.Text.ContentEquals(input.Text))
                {
                    continue;
                }

                input = changed;
                clock.Restart();
                var next = analyzer.Update(changed, cancellationToken);
                var elapsed = clock.Elapsed;
                await console.Output.WriteAsync(Describe(result, next, analyzer.LastRun, elapsed)).ConfigureAwait(false);
                result = next;
                await WriteOutputsAsync(console, outputDirectory, result, path, cancellationToken).ConfigureAwait(false);
                await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is how a watch ends.
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// What a re-run changed: the entries and paragraphs that are new or different (by content, not position) and how
    /// many are gone, then what each pipeline step did (re-ran or came from the cache).
    /// </summary>
    internal static string Describe(AnalysisResult before, AnalysisResult after, CorpusRunResult run, TimeSpan elapsed)
    {
        static (string, string?, string, string?) Key(EntryRecord e) => (e.Kind, e.Marker, e.Text, e.Date?.Value);
        var old = before.Entries.Select(Key).ToHashSet();
        var current = after.Entries.Select(Key).ToHashSet();
        var changed = after.Entries.Where(e => !old.Contains(Key(e))).ToList();
        var gone = before.Entries.Count(e => !current.Contains(Key(e)));
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} re-analysed in {elapsed.TotalMilliseconds:F0} ms: {changed.Count} new or changed, {gone} gone");
        var steps = run.TrackedSteps
            .Where(s => !s.Value.IsDefaultOrEmpty)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key} " + string.Join('/', s.Value.GroupBy(t => t.Reason).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
        text.Append(" (").AppendJoin("; ", steps).Append(")\n");
        foreach (var entry in changed)
        {
            var when = entry.Date?.FirstDay ?? entry.Marker ?? entry.Kind;
            var preview = entry.Text.Length > 40 ? entry.Text[..40] + "…" : entry.Text;
            text.Append(CultureInfo.InvariantCulture, $"  ~ line {entry.Line} {when}: {preview.ReplaceLineEndings(" ")}\n");
        }

        return text.ToString();
    }

    private static async Task WriteOutputsAsync(CliConsole console, string? directory, AnalysisResult result, string path, CancellationToken cancellationToken)
    {
        if (directory is null)
        {
            return;
        }

        try
        {
            await OutputSet.WriteAsync(directory, OutputFormats.All, result, Path.GetFileNameWithoutExtension(path), 0, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(CliDiagnostics.Problem(CliDiagnostics.OutputFailed, directory, e.Message)).ConfigureAwait(false);
        }
    }

    private static async Task Report(CliConsole console, List<string> problems)
    {
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }
    }
}
