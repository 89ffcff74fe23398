using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Weidu.Cli.Analysis;
using Weidu.Cli.Input;
using Weidu.Cli.Output;

namespace Weidu.Cli.Commands;

/// <summary><c>weidu analyze [FILE|DIR|-]... [--out DIR] [--format all|jsonl|csv|sqlite|html]</c>: the whole pipeline.</summary>
internal static class AnalyzeCommand
{
    public const string DefaultOutput = "weidu-out";

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files to analyse, directories (every .txt and .md file inside), or - for standard input. Without any, the bundled 2019 yearbook.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE|DIR|-",
        };
        inputs.Validators.Add(InputArguments.RejectUnknownOptions);
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write into (created if needed).",
            DefaultValueFactory = _ => DefaultOutput,
            HelpName = "DIR",
        };
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "What to write: jsonl (documents, entries, mentions), csv (entities, roles), sqlite (weidu.db), html (report.html), or all. Repeatable.",
            DefaultValueFactory = _ => ["all"],
            AllowMultipleArgumentsPerToken = true,
        };
        format.AcceptOnlyFromAmong("all", "jsonl", "csv", "sqlite", "html");
        var quiet = QuietOption();
        var encoding = InputEncoding.Option();
        var command = new Command("analyze", "Analyse yearbooks into documents, entries, dated mentions, entities and roles, as JSON Lines, CSV, SQLite and an HTML report.")
        {
            inputs,
            output,
            format,
            encoding,
            quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetValue(inputs) ?? [],
            InputEncoding.Parse(parse.GetValue(encoding)),
            parse.GetValue(output) ?? DefaultOutput,
            OutputSet.Parse(parse.GetValue(format) ?? []),
            parse.GetValue(quiet),
            cancellationToken));
        return command;
    }

    public static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "Show no progress and no summary; errors are still reported.",
    };

    private static async Task<int> RunAsync(CliConsole console, string[] arguments, System.Text.Encoding? encoding, string outputDirectory, OutputFormats formats, bool quiet, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var sources = arguments.Length == 0
            ? [InputReader.BundledYearbook]
            : InputReader.Resolve(arguments, encoding, console, problems);
        var inputs = await InputReader.ReadAllAsync(sources, problems, cancellationToken).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        if (inputs.Texts.Count == 0)
        {
            await console.Error.WriteLineAsync("weidu: error: no input could be read; nothing was written").ConfigureAwait(false);
            return ExitCodes.InputProblems;
        }

        var progress = new ProgressReporter(console, quiet, inputs.ByteCount);
        var result = new Analyzer().Analyze(inputs.Texts, progress, cancellationToken);
        progress.Complete();

        var title = inputs.Texts.Count == 1 ? Path.GetFileNameWithoutExtension(inputs.Texts[0].Path) : $"{inputs.Texts.Count} inputs";
        IReadOnlyList<string> written;
        try
        {
            written = await OutputSet.WriteAsync(outputDirectory, formats, result, title, problems.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var line = CliDiagnostics.Problem(CliDiagnostics.OutputFailed, outputDirectory, e.Message);
            await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.InputProblems;
        }

        if (!quiet)
        {
            var entries = result.Entries.Count(e => e.Kind == Model.EntryRecord.ChronicleEntry);
            await console.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Analysed {inputs.Texts.Count} input(s), {ProgressReporter.FormatBytes(inputs.ByteCount)}: {result.Documents.Count} documents, {entries} chronicle entries, {result.Entries.Count - entries} paragraphs, {result.Mentions.Count} mentions, {result.Entities.Count} entities, {result.Roles.Count} roles in {clock.Elapsed.TotalSeconds:F2} s.")).ConfigureAwait(false);
            foreach (var path in written)
            {
                await console.Output.WriteLineAsync($"  {path}").ConfigureAwait(false);
            }
        }

        return problems.Count > 0 ? ExitCodes.InputProblems : ExitCodes.Success;
    }
}
