using System.Diagnostics;
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

    public static Task<CliRun> RunAsync(string[] args, byte[] stdin, bool errorIsTerminal = false) =>
        RunAsync(args, () => new MemoryStream(stdin, writable: false), errorIsTerminal);

    public static async Task<CliRun> RunAsync(string[] args, Func<Stream> stdin, bool errorIsTerminal = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdin, output, error, errorIsTerminal);
        var exit = await Program.RunAsync(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the built <c>weidu</c> as a process with real standard streams, optionally as another user through
    /// <c>setpriv</c> (for permission tests when the tests run as root, whom file permissions do not stop).
    /// </summary>
    public static async Task<CliRun> RunProcessAsync(string[] args, byte[] stdin, int? asUser = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? dotnet : "setpriv",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (asUser is { } user)
        {
            foreach (var argument in new[] { $"--reuid={user}", $"--regid={user}", "--clear-groups", dotnet })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "weidu.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
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

/// <summary>
/// Standard input as a pipe or a network share gives it: a few bytes a read (cutting characters and CRLF pairs), and
/// optionally failing once the bytes are used up, as a dropped connection does.
/// </summary>
internal sealed class TricklingStream(byte[] bytes, int bytesPerRead, IOException? failure = null) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position == bytes.Length && failure is not null)
        {
            throw failure;
        }

        var read = Math.Min(Math.Min(count, bytesPerRead), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
