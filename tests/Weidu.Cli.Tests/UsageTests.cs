namespace Weidu.Cli.Tests;

public class UsageTests
{
    public static TheoryData<string[]> Commands => new()
    {
        new[] { "--help" },
        new[] { "analyze", "--help" },
        new[] { "tokenize", "--help" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help(string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains(args.Length > 1 ? args[0] : "Commands:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("analyze", "--bogus")]
    [InlineData("analyze", "--format", "pdf")]
    public async Task A_usage_error_exits_with_2_and_says_where_to_get_help(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("weidu: error:", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("--help", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
