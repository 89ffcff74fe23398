using System.Text;

namespace Weidu.Cli.Tests;

public class InputProblemTests
{
    private const string Speech = "## 在区委全会上的讲话\n\n张书杰\n\n(2019年1月20日)\n\n同志们：\n\n刚才，申健民同志宣读了通知。\n";

    [Fact]
    public async Task A_missing_file_is_one_error_line_and_the_other_inputs_are_still_analysed()
    {
        using var temp = new TempDirectory();
        var good = temp.Write("good.txt", Speech);
        var missing = temp.File("missing.txt");
        var output = temp.File("out");

        var run = await CliRunner.RunAsync("analyze", missing, good, "--out", output, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{missing}: error WD6001: no such file or directory"], run.ErrorLines);
        var documents = File.ReadAllLines(Path.Combine(output, "documents.jsonl"));
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.Contains(good.Replace("\\", "\\\\", StringComparison.Ordinal), d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_directory_without_text_files_is_reported()
    {
        using var temp = new TempDirectory();
        var empty = Directory.CreateDirectory(temp.File("empty")).FullName;
        temp.Write("empty/notes.pdf", "%PDF");

        var run = await CliRunner.RunAsync("analyze", empty, "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{empty}: error WD6002: the directory holds no .txt or .md files", run.ErrorLines[0]);
        Assert.Equal("weidu: error: no input could be read; nothing was written", run.ErrorLines[1]);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task A_directory_means_every_txt_and_md_file_inside_it()
    {
        using var temp = new TempDirectory();
        temp.Write("corpus/a.txt", Speech);
        temp.Write("corpus/sub/b.md", Speech);
        temp.Write("corpus/c.csv", "not,text,input");
        var output = temp.File("out");

        var run = await CliRunner.RunAsync("analyze", temp.File("corpus"), "--out", output, "--format", "jsonl", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var files = File.ReadAllLines(Path.Combine(output, "documents.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).Distinct().ToList();
        Assert.Equal([Path.Combine(temp.File("corpus"), "a.txt"), Path.Combine(temp.File("corpus"), "sub", "b.md")], files);
    }

    [Fact]
    public async Task A_binary_file_is_not_text_and_names_the_byte_offset_of_its_first_NUL()
    {
        using var temp = new TempDirectory();
        var png = temp.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var run = await CliRunner.RunAsync("analyze", png, "--out", temp.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{png}: error WD6003: not a text file: a NUL byte at byte offset 8", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Undecodable_bytes_are_one_line_with_the_position_and_byte_offset_and_the_file_is_still_analysed()
    {
        using var temp = new TempDirectory();
        var prefix = Encoding.UTF8.GetBytes("第一行\n第二行");
        var bytes = prefix.Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("坏\n第三行")).Concat(new byte[] { 0xFE, (byte)'\n' }).ToArray();
        var bad = temp.Write("bad.txt", bytes);
        var output = temp.File("out");

        var run = await CliRunner.RunAsync("analyze", bad, "--out", output, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal(
            $"{bad}(2,4): error WD0001: 1 invalid byte(s) at byte offset {prefix.Length} could not be decoded as utf-8 and were replaced by U+FFFD; 2 such sequences in the file",
            line);
        Assert.True(File.Exists(Path.Combine(output, "documents.jsonl")));
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out");

        var run = await CliRunner.RunAsync(["analyze", "-", "--out", output, "--format", "jsonl", "--quiet"], Encoding.UTF8.GetBytes(Speech));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"file\":\"<stdin>\"", File.ReadAllText(Path.Combine(output, "documents.jsonl")), StringComparison.Ordinal);
    }
}
