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
    /// Adds the --input and --encoding options and an action that runs <paramref name="createProcessor"/> once (after
    /// the options are parsed), then maps every line through the processor it returns.
    /// </summary>
    public static Command Create(CliConsole console, string name, string description, IEnumerable<Option> options, Func<ParseResult, Func<string, string>> createProcessor)
    {
        var input = InputOption();
        var encoding = InputEncoding.Option();
        var command = new Command(name, description) { input, encoding };
        foreach (var option in options)
        {
            command.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetValue(input),
            InputEncoding.Parse(parse.GetValue(encoding)),
            createProcessor(parse),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? inputPath, Encoding? encoding, Func<string, string> process, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var interactive = inputPath is null && console.InputIsTerminal;
        var source = InputReader.ResolveFile(inputPath ?? "-", encoding, console, problems);
        if (source is not null)
        {
            await foreach (var line in LineReader.ReadLinesAsync(source, interactive, problems, cancellationToken).ConfigureAwait(false))
            {
                await console.Output.WriteLineAsync(process(line)).ConfigureAwait(false);
                if (interactive)
                {
                    // Someone is typing: answer each line as it is entered.
                    await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        foreach (var problem in problems)
        {
            await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        return problems.Count > 0 ? ExitCodes.InputProblems : ExitCodes.Success;
    }
}
