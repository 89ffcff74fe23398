using System.Text;

namespace Weidu.Cli.Tests;

/// <summary>What one in-process run of <c>weidu</c> gave.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the command line in-process against in-memory standard streams.</summary>
internal static class CliRunner
{
    public static string Yearbook { get; } = Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt");

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, stdin: []);

    public static Task<CliRun> RunWithInputAsync(string stdin, params string[] args) => RunAsync(args, Encoding.UTF8.GetBytes(stdin));

    public static async Task<CliRun> RunAsync(string[] args, byte[] stdin, bool errorIsTerminal = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(() => new MemoryStream(stdin, writable: false), output, error, errorIsTerminal);
        var exit = await Program.RunAsync(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>A fresh temporary folder, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weidu-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] bytes)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test's leftovers in the temp folder are harmless.
        }
    }
}
