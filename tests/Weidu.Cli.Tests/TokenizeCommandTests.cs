using System.Text.Json;
using Weidu.Tokenization;

namespace Weidu.Cli.Tests;

public class TokenizeCommandTests
{
    [Fact]
    public async Task Text_format_writes_one_line_per_input_line_with_tokens_separated_by_single_spaces()
    {
        string[] lines = ["区委书记张书杰主持召开会议。", "", "二○一九年  PM2.5下降 "];

        var run = await CliRunner.RunWithInputAsync(string.Join('\n', lines) + "\n", "tokenize");

        Assert.Equal(0, run.ExitCode);
        var expected = lines.Select(l => string.Join(' ', ChineseTokenizer.Default.Tokenize(l).AsSpan().ToArray().Where(t => t.Kind != TokenKind.Whitespace).Select(t => t.GetText(l).ToString())));
        Assert.Equal(string.Join('\n', expected) + "\n", run.Output);
        Assert.Contains("张书杰 主持", run.Output, StringComparison.Ordinal);
        Assert.Contains("二○一九年 PM2.5", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_format_gives_each_token_its_utf16_span_tag_and_kind()
    {
        var run = await CliRunner.RunWithInputAsync("区长李朝锋 讲话\n", "tokenize", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.Contains("\"text\":\"区长李朝锋 讲话\"", line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(line);
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal("区长|李朝锋| |讲话", string.Join('|', tokens.Select(t => t.GetProperty("text").GetString())));
        Assert.Equal([0, 2, 5, 6], tokens.Select(t => t.GetProperty("start").GetInt32()));
        Assert.Equal([2, 5, 6, 8], tokens.Select(t => t.GetProperty("end").GetInt32()));
        Assert.Equal("whitespace", tokens[2].GetProperty("kind").GetString());
        Assert.Equal("nr", tokens[1].GetProperty("tag").GetString());
    }

    [Fact]
    public async Task The_pku_standard_splits_surname_and_given_name()
    {
        var run = await CliRunner.RunWithInputAsync("江泽民同志\n", "tokenize", "--standard", "pku");

        Assert.StartsWith("江 泽民 ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Input_can_come_from_a_file()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("lines.txt", "李朝锋同志\r\n宣读通知\r\n");

        var run = await CliRunner.RunAsync("tokenize", "--input", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("李朝锋 同志\n宣读 通知\n", run.Output);
    }

    [Fact]
    public async Task A_missing_input_file_is_an_input_problem()
    {
        var run = await CliRunner.RunAsync("tokenize", "--input", "no-such-file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["no-such-file.txt: error WD6001: no such file or directory"], run.ErrorLines);
    }

    [Fact]
    public async Task An_unknown_standard_is_a_usage_error()
    {
        var run = await CliRunner.RunWithInputAsync("x\n", "tokenize", "--standard", "ctb");

        Assert.Equal(2, run.ExitCode);
    }
}
