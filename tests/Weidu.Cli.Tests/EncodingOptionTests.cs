using System.Text;
using Weidu.Core;

namespace Weidu.Cli.Tests;

public class EncodingOptionTests
{
    private const string Text = "区委书记张书杰主持召开会议。\n2019年1月20日 魏都区\n";

    public static TheoryData<string[]> CommandsThatReadFiles => new()
    {
        new[] { "analyze", "--help" },
        new[] { "tokenize", "--help" },
        new[] { "dates", "--help" },
        new[] { "entities", "--help" },
        new[] { "watch", "--help" },
        new[] { "bench", "--help" },
    };

    [Theory]
    [MemberData(nameof(CommandsThatReadFiles))]
    public async Task Every_command_that_reads_files_has_the_encoding_option(string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--encoding", run.Output, StringComparison.Ordinal);
        Assert.Contains("auto", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("gb18030")]
    [InlineData("auto")]
    public async Task A_gbk_file_read_as_gbk_gives_the_same_lines_as_detection(string encoding)
    {
        using var temp = new TempDirectory();
        var file = temp.Write("gbk.txt", TextDecoder.GB18030.GetBytes(Text));

        var run = await CliRunner.RunAsync("tokenize", "--input", file, "--encoding", encoding);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(HostileInput.SplitLines(Text).Select(HostileInputTests.WithoutWhitespace), HostileInputTests.OutputLines(run).Select(HostileInputTests.WithoutWhitespace));
    }

    [Fact]
    public async Task A_gbk_file_forced_to_utf8_is_decoded_as_utf8_with_its_bad_bytes_reported()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("gbk.txt", TextDecoder.GB18030.GetBytes(Text));

        var run = await CliRunner.RunAsync("tokenize", "--input", file, "--encoding", "utf-8");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(file)}\(1,1\): error WD0001: 1 invalid byte\(s\) at byte offset 0 could not be decoded as utf-8", Assert.Single(run.ErrorLines));
        Assert.Contains('\uFFFD', run.Output);
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_is_binary_unless_the_encoding_is_given()
    {
        using var temp = new TempDirectory();
        var bytes = Encoding.Unicode.GetBytes(Text);
        var file = temp.Write("utf16.txt", bytes);

        var detected = await CliRunner.RunAsync("tokenize", "--input", file);
        var forced = await CliRunner.RunAsync("tokenize", "--input", file, "--encoding", "utf-16le");
        var forcedStdin = await CliRunner.RunAsync(["entities", "-e", "utf-16le"], bytes);
        var analysed = await CliRunner.RunAsync("analyze", file, "--encoding", "utf-16le", "--out", temp.File("out"), "--format", "jsonl", "--quiet");

        Assert.Equal([$"{file}: error WD6003: not a text file: a NUL byte at byte offset {Array.IndexOf(bytes, (byte)0)}"], detected.ErrorLines);
        Assert.Equal(1, detected.ExitCode);
        Assert.Equal((0, string.Empty), (forced.ExitCode, forced.Error));
        Assert.StartsWith("区委 书记 张书杰", forced.Output, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (forcedStdin.ExitCode, forcedStdin.Error));
        Assert.Contains("\"text\":\"区委书记张书杰主持召开会议。\"", forcedStdin.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (analysed.ExitCode, analysed.Error));
        var document = Assert.Single(HostileInputTests.ReadJsonLines(Path.Combine(temp.File("out"), "documents.jsonl")));
        Assert.Equal(Text.Length, document.GetProperty("end").GetInt32());
    }

    [Theory]
    [InlineData("utf-8", new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("utf-16le", new byte[] { 0xFF, 0xFE })]
    public async Task A_byte_order_mark_that_agrees_with_the_forced_encoding_is_not_text_and_byte_offsets_count_it(string encoding, byte[] mark)
    {
        var (encoder, webName) = encoding == "utf-8" ? (Encoding.UTF8, "utf-8") : (Encoding.Unicode, "utf-16");
        var body = encoder.GetBytes("第一行\n第二");

        // An invalid byte, or a lone high surrogate (reported 2 bytes late before Core's f723a23), after the text.
        byte[] bytes = [.. mark, .. body, .. encoding == "utf-8" ? new byte[] { 0xFF } : [0x00, 0xD8], .. encoder.GetBytes("行\n")];

        var run = await CliRunner.RunAsync(["dates", "--encoding", encoding], bytes);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("{\"text\":\"第一行\",", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Matches($@"^<stdin>\(2,3\): error WD0001: \d invalid byte\(s\) at byte offset {mark.Length + body.Length} could not be decoded as {webName}", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task An_unknown_encoding_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync(["tokenize", "--encoding", "latin-1"], []);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("weidu: error:", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
