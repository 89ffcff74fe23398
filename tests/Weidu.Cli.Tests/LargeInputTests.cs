using System.Text;
using System.Text.Json;

namespace Weidu.Cli.Tests;

/// <summary>
/// The two large shapes through the real command paths: a million one-character lines, and a single line with no
/// line break (50 MB for tokenize; the slower stages at the sizes noted in docs/reliability.md).
/// </summary>
public class LargeInputTests
{
    private const int MillionLines = 1_000_000;

    private const string Sentence = "区委书记张书杰到曹魏古城南大街调研春节假期安全生产工作，";

    // Single-line sizes in UTF-8 bytes. dates and entities are linear but slower than the tokenizer (about 20 s and
    // 60 s for 50 MB here); analyze runs segmentation, dates and the entity tagger over the line as one paragraph.
    private const int TokenizeLineBytes = 50 * 1024 * 1024;
    private const int LineCommandLineBytes = 4 * 1024 * 1024;
    private const int AnalyzeLineBytes = 1024 * 1024;

    [Fact]
    public async Task A_million_one_character_lines_give_a_million_output_lines_in_every_command()
    {
        using var temp = new TempDirectory();
        var characters = new[] { "魏", "1", "#", "a", "。", "𠀀", " " };
        var lines = Enumerable.Range(0, MillionLines).Select(i => characters[i % characters.Length]).ToArray();
        var text = string.Join('\n', lines) + "\n";
        var file = temp.Write("million.txt", text);

        var tokenize = await CliRunner.RunAsync(["tokenize"], Encoding.UTF8.GetBytes(text));
        Assert.Equal((0, string.Empty), (tokenize.ExitCode, tokenize.Error));
        Assert.Equal(lines.Select(HostileInputTests.WithoutWhitespace), HostileInputTests.OutputLines(tokenize));

        foreach (var command in new[] { "dates", "entities" })
        {
            var run = await CliRunner.RunAsync(command, "--input", file);
            Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
            var output = HostileInputTests.OutputLines(run);
            Assert.Equal(MillionLines, output.Length);
            for (var i = 0; i < output.Length; i += 997)
            {
                using var json = JsonDocument.Parse(output[i]);
                Assert.Equal(lines[i], json.RootElement.GetProperty("text").GetString());
            }
        }

        var analyze = await CliRunner.RunAsync("analyze", file, "--out", temp.File("out"), "--format", "jsonl", "--quiet");
        Assert.Equal((0, string.Empty), (analyze.ExitCode, analyze.Error));
        AssertDocumentsTile(temp.File("out"), text.Length);
    }

    [Fact]
    public async Task A_50_MB_line_with_no_line_break_is_tokenized_whole()
    {
        using var temp = new TempDirectory();
        var line = SingleLine(TokenizeLineBytes);
        var file = temp.Write("line.txt", line);

        var run = await CliRunner.RunAsync("tokenize", "--input", file);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var output = Assert.Single(HostileInputTests.OutputLines(run));
        Assert.Equal(line, output.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_line_with_no_line_break_is_dated_tagged_and_analysed_whole()
    {
        using var temp = new TempDirectory();
        var line = SingleLine(LineCommandLineBytes);
        var file = temp.Write("line.txt", line);
        var shorter = line[..(AnalyzeLineBytes / 3)];
        var analysed = temp.Write("shorter.txt", shorter);

        foreach (var command in new[] { "dates", "entities" })
        {
            var run = await CliRunner.RunAsync(command, "--input", file);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
            using var json = JsonDocument.Parse(Assert.Single(HostileInputTests.OutputLines(run)));
            Assert.Equal(line, json.RootElement.GetProperty("text").GetString());
            if (command == "entities")
            {
                // Every repetition of the sentence names 张书杰.
                var people = json.RootElement.GetProperty("mentions").EnumerateArray().Count(m => m.GetProperty("text").GetString() == "张书杰");
                Assert.Equal(line.Length / Sentence.Length, people);
            }
        }

        var analyze = await CliRunner.RunAsync("analyze", analysed, "--out", temp.File("out"), "--format", "jsonl", "--quiet");
        Assert.Equal((0, string.Empty), (analyze.ExitCode, analyze.Error));
        AssertDocumentsTile(temp.File("out"), shorter.Length);
    }

    /// <summary>The sentence repeated to <paramref name="bytes"/> bytes of UTF-8 (3 bytes a character), no line break.</summary>
    private static string SingleLine(int bytes)
    {
        var characters = bytes / 3;
        return string.Create(characters, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Sentence[i % Sentence.Length];
            }
        });
    }

    private static void AssertDocumentsTile(string output, int length)
    {
        var end = 0;
        foreach (var document in HostileInputTests.ReadJsonLines(Path.Combine(output, "documents.jsonl")).OrderBy(d => d.GetProperty("start").GetInt32()))
        {
            Assert.Equal(end, document.GetProperty("start").GetInt32());
            end = document.GetProperty("end").GetInt32();
        }

        Assert.Equal(length, end);
    }
}
