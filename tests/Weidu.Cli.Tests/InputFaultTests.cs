using System.Text;
using System.Text.RegularExpressions;
using Weidu.Core;

namespace Weidu.Cli.Tests;

/// <summary>
/// Inputs that fail while they are read: unreadable files and directories, files that disappear or change between
/// the directory listing and the read, a stream that breaks mid-read; and the real process on hostile standard input.
/// </summary>
public class InputFaultTests
{
    private const string Speech = "## 在区委全会上的讲话\n\n张书杰\n\n(2019年1月20日)\n\n同志们：\n\n刚才，申健民同志宣读了通知。\n";

    // nobody: file permissions stop every user but root, so as root the command runs as this user.
    private const int Nobody = 65534;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_file_and_an_unlistable_directory_are_one_error_line_each_and_the_rest_is_analysed()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("corpus");
        temp.Write("corpus/a.txt", Speech);
        var locked = temp.Write("corpus/locked.txt", Speech);
        temp.Write("corpus/sealed/c.txt", Speech);
        var sealedDirectory = temp.File("corpus/sealed");
        var output = temp.File("out");
        var modes = (File: File.GetUnixFileMode(locked), Directory: File.GetUnixFileMode(sealedDirectory));
        CliRun analyse;
        CliRun tokenize;
        try
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
            File.SetUnixFileMode(sealedDirectory, UnixFileMode.None);

            // As root the command runs as nobody, who must be able to write the output folder (mode 777).
            File.SetUnixFileMode(temp.Path, (UnixFileMode)0b111_111_111);
            analyse = await RunAsUnprivilegedAsync("analyze", corpus, "--out", output, "--format", "jsonl", "--quiet");
            tokenize = await RunAsUnprivilegedAsync("tokenize", "--input", locked);
        }
        finally
        {
            File.SetUnixFileMode(locked, modes.File);
            File.SetUnixFileMode(sealedDirectory, modes.Directory);
        }

        Assert.Equal(1, analyse.ExitCode);
        HostileInputTests.AssertNoStackTrace(analyse);
        Assert.Equal(2, analyse.ErrorLines.Length);

        // The directory listing comes first, then the reads.
        Assert.Matches($"^{Regex.Escape(sealedDirectory)}: error WD6004: cannot be read: .+", analyse.ErrorLines[0]);
        Assert.Matches($"^{Regex.Escape(locked)}: error WD6004: cannot be read: .+", analyse.ErrorLines[1]);
        var files = HostileInputTests.ReadJsonLines(Path.Combine(output, "documents.jsonl")).Select(d => d.GetProperty("file").GetString()).Distinct();
        Assert.Equal([Path.Combine(corpus, "a.txt")], files);
        Assert.Equal(1, tokenize.ExitCode);
        HostileInputTests.AssertNoStackTrace(tokenize);
        Assert.Matches($"^{Regex.Escape(locked)}: error WD6004: cannot be read: .+", Assert.Single(tokenize.ErrorLines));
        Assert.Equal(string.Empty, tokenize.Output);
    }

    [Fact]
    public async Task A_file_listed_but_gone_when_read_is_reported_missing_and_a_link_loop_is_not_followed()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("corpus");
        temp.Write("corpus/a.txt", Speech);

        // A dangling link is listed as a file and is gone when opened, as a file deleted after the listing is.
        var gone = Path.Combine(corpus, "gone.txt");
        File.CreateSymbolicLink(gone, Path.Combine(corpus, "deleted.txt"));
        Directory.CreateSymbolicLink(Path.Combine(corpus, "loop"), corpus);
        var output = temp.File("out");

        var run = await CliRunner.RunAsync("analyze", corpus, "--out", output, "--format", "jsonl", "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{gone}: error WD6001: no such file or directory"], run.ErrorLines);
        var files = HostileInputTests.ReadJsonLines(Path.Combine(output, "documents.jsonl")).Select(d => d.GetProperty("file").GetString()).Distinct();
        Assert.Equal([Path.Combine(corpus, "a.txt")], files);
    }

    [Fact]
    public async Task A_named_pipe_in_a_directory_does_not_stop_the_run()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("corpus");
        temp.Write("corpus/a.txt", Speech);
        var pipe = Path.Combine(corpus, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var output = temp.File("out");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = await CliRunner.RunAsync("analyze", corpus, "--out", output, "--format", "jsonl", "--quiet").WaitAsync(timeout.Token);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        var files = HostileInputTests.ReadJsonLines(Path.Combine(output, "documents.jsonl")).Select(d => d.GetProperty("file").GetString()).Distinct();
        Assert.Equal([Path.Combine(corpus, "a.txt")], files);
    }

    [Fact]
    public async Task Files_deleted_rewritten_and_truncated_while_a_directory_is_analysed_never_break_the_run()
    {
        using var temp = new TempDirectory();
        var corpus = temp.File("corpus");
        var names = Enumerable.Range(0, 12).Select(i => Path.Combine(corpus, $"f{i:00}.txt")).ToArray();
        foreach (var name in names)
        {
            temp.Write(Path.GetRelativePath(temp.Path, name), Speech);
        }

        using var stop = new CancellationTokenSource();
        var churn = Task.Run(() =>
        {
            var random = new Random(3);
            var bytes = Encoding.UTF8.GetBytes(Speech);
            while (!stop.IsCancellationRequested)
            {
                var name = names[random.Next(names.Length)];
                try
                {
                    switch (random.Next(3))
                    {
                        case 0:
                            File.Delete(name);
                            break;
                        case 1:
                            File.WriteAllBytes(name, bytes);
                            break;
                        default:
                            // Cut anywhere, even inside a character.
                            File.WriteAllBytes(name, bytes[..random.Next(bytes.Length)]);
                            break;
                    }
                }
                catch (IOException)
                {
                    // The command has the file open; the next change comes soon enough.
                }
            }
        });

        var outcomes = new List<CliRun>();
        try
        {
            for (var i = 0; i < 6; i++)
            {
                outcomes.Add(await CliRunner.RunAsync("analyze", corpus, "--out", temp.File($"out{i}"), "--format", "jsonl", "--quiet"));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await churn;
        }

        // A file deleted after the listing, or cut inside a character; and, should every file be gone at once, the
        // empty directory and nothing to analyse.
        var problem = new Regex($@"^({Regex.Escape(corpus)}/f\d\d\.txt(\(\d+,\d+\))?: error WD(6001|0001): |{Regex.Escape(corpus)}: error WD6002: |weidu: error: no input could be read)");
        Assert.All(outcomes, run =>
        {
            HostileInputTests.AssertNoStackTrace(run);
            Assert.All(run.ErrorLines, l => Assert.Matches(problem, l));
            Assert.Equal(run.ErrorLines.Length == 0 ? 0 : 1, run.ExitCode);
        });
    }

    [Theory]
    [InlineData("tokenize", "--input")]
    [InlineData("entities", "-i")]
    [InlineData("watch")]
    [InlineData("bench")]
    public async Task A_directory_where_one_file_is_read_is_one_error_line(params string[] command)
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", Speech);

        var run = await CliRunner.RunAsync([.. command, temp.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{temp.Path}: error WD6006: a directory: this command reads one file"], run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Standard_input_that_breaks_mid_read_gives_the_lines_read_so_far_and_an_error_where_it_stopped()
    {
        var bytes = Encoding.UTF8.GetBytes("第一行\n第二行\n第三");

        var run = await CliRunner.RunAsync(["tokenize"], () => new TricklingStream(bytes, 5, new IOException("the connection was reset")));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("第一行\n第二行\n第三\n", run.Output.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("<stdin>(3,3): error WD6004: cannot be read: the connection was reset\n", run.Error);
    }

    [Fact]
    public async Task The_process_reads_gbk_and_invalid_utf8_from_its_real_standard_input_without_a_stack_trace()
    {
        var gbk = await CliRunner.RunProcessAsync(["tokenize"], TextDecoder.GB18030.GetBytes("区委书记张书杰\r\n魏都区"));
        var invalid = await CliRunner.RunProcessAsync(["entities"], [.. Encoding.UTF8.GetBytes("张书杰\n区委"), 0xC3, (byte)'\n']);
        var binary = await CliRunner.RunProcessAsync(["analyze", "-", "--out", Path.Combine(Path.GetTempPath(), "weidu-cli-tests", "never-written")], [0x00, 0x01]);

        Assert.Equal((0, string.Empty), (gbk.ExitCode, gbk.Error));
        Assert.Equal("区委 书记 张书杰\n魏都区\n", gbk.Output);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Equal("<stdin>(2,3): error WD0001: 1 invalid byte(s) at byte offset 16 could not be decoded as utf-8 and were replaced by U+FFFD\n", invalid.Error);
        Assert.Equal(2, invalid.OutputLines.Length);
        using (var second = System.Text.Json.JsonDocument.Parse(invalid.OutputLines[1]))
        {
            Assert.Equal("区委\uFFFD", second.RootElement.GetProperty("text").GetString());
        }

        Assert.Equal(1, binary.ExitCode);
        Assert.Equal(["<stdin>: error WD6003: not a text file: a NUL byte at byte offset 0", "weidu: error: no input could be read; nothing was written"], binary.ErrorLines);
    }

    private static Task<CliRun> RunAsUnprivilegedAsync(params string[] args) =>
        Environment.IsPrivilegedProcess ? CliRunner.RunProcessAsync(args, [], Nobody) : CliRunner.RunAsync(args);
}
