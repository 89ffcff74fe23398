using System.CommandLine;
using System.Text;
using Weidu.Cli.Commands;

namespace Weidu.Cli;

/// <summary>The <c>weidu</c> command: parses the command line and runs one command.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C cancels the run cleanly (temporary outputs are removed); a second one kills it.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        };
        var console = CliConsole.FromSystemConsole();
        try
        {
            return await RunAsync(args, console, cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            await console.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <c>weidu</c> with <paramref name="args"/> against the given console; tests call this in-process.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildCommand(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"weidu: error: {error.Message}").ConfigureAwait(false);
            }

            var command = CommandPath(parse.CommandResult.Command);
            await console.Error.WriteLineAsync($"Run '{command} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("weidu: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }

    internal static RootCommand BuildCommand(CliConsole console)
    {
        var root = new RootCommand(
            "weidu turns Chinese yearbooks, speeches, work reports and chronicles into dated, entity-tagged data.")
        {
            AnalyzeCommand.Create(console),
            TokenizeCommand.Create(console),
            DatesCommand.Create(console),
            EntitiesCommand.Create(console),
            WatchCommand.Create(console),
            BenchCommand.Create(console),
        };
        return root;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is not null; symbol = symbol.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(symbol is RootCommand ? "weidu" : symbol.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}

/// <summary>The process exit codes <c>weidu</c> documents (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Success = 0;

    /// <summary>Some inputs could not be read or decoded; the rest were still processed and reported.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line was wrong: an unknown command or option, a bad option value.</summary>
    public const int UsageError = 2;

    /// <summary>The run was cancelled (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}

/// <summary>The streams a command reads and writes: the process console, or in-memory ones in tests.</summary>
internal sealed class CliConsole(Func<Stream> openInput, TextWriter output, TextWriter error, bool errorIsTerminal = false, bool inputIsTerminal = false)
{
    /// <summary>Standard output, for results.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Standard error, for error lines and progress.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether standard error is a terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Whether standard input is a terminal (line commands then flush after each line).</summary>
    public bool InputIsTerminal { get; } = inputIsTerminal;

    /// <summary>Opens standard input as bytes.</summary>
    public Stream OpenInput() => openInput();

    public static CliConsole FromSystemConsole()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliConsole(Console.OpenStandardInput, output, error, !Console.IsErrorRedirected, !Console.IsInputRedirected);
    }
}
