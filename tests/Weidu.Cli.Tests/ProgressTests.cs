namespace Weidu.Cli.Tests;

public class ProgressTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Progress_is_off_when_stderr_is_not_a_terminal_or_with_quiet(bool terminal, bool quiet)
    {
        var error = new StringWriter();
        var progress = new ProgressReporter(new CliConsole(() => Stream.Null, new StringWriter(), error, errorIsTerminal: terminal), quiet, 1000, TimeSpan.Zero);

        progress.Report(500, 10);
        progress.Complete();

        Assert.False(progress.IsEnabled);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Progress_on_a_terminal_redraws_one_line_with_bytes_rate_and_time_left_then_clears_it()
    {
        var error = new StringWriter();
        var progress = new ProgressReporter(new CliConsole(() => Stream.Null, new StringWriter(), error, errorIsTerminal: true), quiet: false, 4 * 1024 * 1024, TimeSpan.Zero);

        progress.Report(1024 * 1024, 100);
        var drawn = error.ToString();
        progress.Complete();

        Assert.Matches(@"^\r1\.0 MB / 4\.0 MB  \d+ entries/s  \d\d:\d\d left$", drawn);
        Assert.EndsWith("\r" + new string(' ', drawn.Length - 1) + "\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_shows_no_progress_when_stderr_is_redirected()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("a.txt", "同志们：\n\n今年以来，工作取得成效。\n");

        var run = await CliRunner.RunAsync(["analyze", input, "-o", temp.File("out"), "-f", "jsonl"], []);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }
}
