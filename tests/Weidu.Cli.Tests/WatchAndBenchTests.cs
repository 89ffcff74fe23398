using System.Text;

namespace Weidu.Cli.Tests;

public class WatchAndBenchTests
{
    private const string Chronicle = "# 2019年大事记\n\n## 1月\n\n2日 区委书记张书杰到七里店街道调研。\n\n是日 区长李朝锋主持召开会议。\n\n3日 区领导申健民出席活动。\n";

    [Fact]
    public async Task Watch_reanalyses_on_save_and_names_the_entry_that_changed()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("chronicle.txt", Chronicle);
        var output = new SynchronizedWriter();
        var console = new CliConsole(() => Stream.Null, output, new StringWriter());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(40));

        var watch = Program.RunAsync(["watch", file], console, stop.Token);
        await output.WaitForAsync("Watching ", stop.Token);
        await File.WriteAllTextAsync(temp.File("chronicle.txt"), Chronicle.Replace("主持召开会议", "主持召开专题会议", StringComparison.Ordinal), stop.Token);
        var report = await output.WaitForAsync("re-analysed", stop.Token);
        await stop.CancelAsync();

        Assert.Equal(0, await watch);
        Assert.Contains("1 new or changed, 1 gone", report, StringComparison.Ordinal);
        Assert.Contains("~ line 7 2019-01-02: 是日 区长李朝锋主持召开专题会议。", report, StringComparison.Ordinal);
        Assert.Matches(@"entities \d+ modified/\d+ cached", report);
    }

    [Fact]
    public async Task Watch_of_a_missing_file_is_an_input_problem()
    {
        var run = await CliRunner.RunAsync("watch", "no-such-file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["no-such-file.txt: error WD6001: no such file or directory"], run.ErrorLines);
    }

    [Fact]
    public async Task Bench_reports_MB_per_second_for_every_stage_and_the_whole_pipeline()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("chronicle.txt", Chronicle);

        var run = await CliRunner.RunAsync("bench", file, "--iterations", "1");

        Assert.Equal(0, run.ExitCode);
        var rows = run.OutputLines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| stage", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).ToList();
        Assert.Equal(["decode", "segment", "tokenize", "dates", "entities", "whole"], rows.Select(r => r[2..].Split(' ')[0]));
        Assert.All(rows, r => Assert.Matches(@"\| [\d.]+ \| [\d.]+ \|$", r));
    }

    [Fact]
    public async Task Bench_rejects_zero_iterations()
    {
        var run = await CliRunner.RunAsync("bench", "--iterations", "0");

        Assert.Equal(2, run.ExitCode);
    }

    /// <summary>A writer the command writes to from its own task while the test waits for a line.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(string? value)
        {
            Write(value + "\n");
            return Task.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task<string> WaitForAsync(string value, CancellationToken cancellationToken)
        {
            while (true)
            {
                lock (_gate)
                {
                    var text = _text.ToString();
                    var at = text.IndexOf(value, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        // Wait for the rest of the report too: it is written in one piece.
                        return text[at..];
                    }
                }

                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
