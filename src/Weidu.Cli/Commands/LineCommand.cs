using System.CommandLine;
using System.Text;
using Weidu.Cli.Input;

namespace Weidu.Cli.Commands;

/// <summary>
/// The shape shared by <c>tokenize</c>, <c>dates</c> and <c>entities</c>: read lines from standard input (or
/// <c>--input FILE</c>) and write exactly one output line per input line, so the output can be pasted beside the input.
/// </summary>
internal static class LineCommand
{
    public static Option<string?> InputOption() => new("--input", "-i")
    {
        Description = "Read this file instead of standard input.",
        HelpName = "FILE",
    };

    /// <summary>
    /// Adds the --input option and an action that runs <paramref name="createProcessor"/> once (after the options are
    /// parsed), then maps every line through the processor it returns.
    /// </summary>
    public static Command Create(CliConsole console, string name, string description, IEnumerable<Option> options, Func<ParseResult, Func<string, string>> createProcessor)
    {
        var input = InputOption();
        var command = new Command(name, description) { input };
        foreach (var option in options)
        {
            command.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(input), createProcessor(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? inputPath, Func<string, string> process, CancellationToken cancellationToken)
    {
        if (inputPath is null)
        {
            using var reader = new StreamReader(console.OpenInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                await console.Output.WriteLineAsync(process(line)).ConfigureAwait(false);
                if (console.InputIsTerminal)
                {
                    // Someone is typing: answer each line as it is entered.
                    await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        }

        var problems = new List<string>();
        var sources = InputReader.Resolve([inputPath], console, problems);
        var text = sources.Count == 1 ? await InputReader.TryReadAsync(sources[0], problems, cancellationToken).ConfigureAwait(false) : null;
        if (sources.Count > 1)
        {
            problems.Add($"{inputPath}: error: --input takes one file, not a directory");
        }

        if (text is not null)
        {
            var lines = text.Text.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                // A final line break does not start another (empty) line, as with standard input.
                if (i == lines.Count - 1 && lines[i].Span.IsEmpty && i > 0)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                await console.Output.WriteLineAsync(process(text.Text.ToString(lines[i].Span))).ConfigureAwait(false);
            }
        }

        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        return problems.Count > 0 ? ExitCodes.InputProblems : ExitCodes.Success;
    }
}
