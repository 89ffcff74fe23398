using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weidu.Cli.Tests;

/// <summary>
/// Every command that reads text, through its real command path (a file, a directory, standard input), on every
/// hostile input: the documented exit code, no stack trace, the error line naming the input and the position, and
/// output that accounts for every input character.
/// </summary>
public class HostileInputTests
{
    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public async Task Tokenize_writes_every_character_of_every_line(string name)
    {
        var input = HostileInputs.Get(name);
        using var temp = new TempDirectory();
        var file = temp.Write("input.txt", input.Bytes);

        var fromFile = await CliRunner.RunAsync("tokenize", "--input", file);
        var fromStdin = await CliRunner.RunAsync(["tokenize"], input.Bytes);
        var json = await CliRunner.RunAsync(["tokenize", "--format", "jsonl"], input.Bytes);

        AssertRun(input, fromFile, file);
        AssertRun(input, fromStdin, "<stdin>");
        AssertRun(input, json, "<stdin>");
        Assert.Equal(fromFile.Output, fromStdin.Output);
        var lines = input.Lines;
        Assert.Equal(lines.Select(WithoutWhitespace), OutputLines(fromFile).Select(WithoutWhitespace));
        Assert.Equal(lines.Length, OutputLines(json).Length);
        foreach (var (line, output) in lines.Zip(OutputLines(json)))
        {
            using var document = JsonDocument.Parse(output);
            Assert.Equal(line, document.RootElement.GetProperty("text").GetString());
            var end = 0;
            foreach (var token in document.RootElement.GetProperty("tokens").EnumerateArray())
            {
                // The tokens tile the line: each starts where the one before ended and is the text at its span.
                Assert.Equal(end, token.GetProperty("start").GetInt32());
                end = token.GetProperty("end").GetInt32();
                Assert.Equal(line[token.GetProperty("start").GetInt32()..end], token.GetProperty("text").GetString());
            }

            Assert.Equal(line.Length, end);
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public async Task Standard_input_arriving_a_byte_at_a_time_gives_the_same_output_and_errors(string name)
    {
        var input = HostileInputs.Get(name);

        var whole = await CliRunner.RunAsync(["tokenize", "--format", "jsonl"], input.Bytes);
        var trickled = await CliRunner.RunAsync(["tokenize", "--format", "jsonl"], () => new TricklingStream(input.Bytes, 1));

        AssertRun(input, trickled, "<stdin>");
        Assert.Equal(whole, trickled);
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public async Task Dates_and_entities_write_one_record_per_line_holding_the_line_and_mentions_at_their_spans(string name)
    {
        var input = HostileInputs.Get(name);
        using var temp = new TempDirectory();
        var file = temp.Write("input.txt", input.Bytes);

        var runs = new[]
        {
            (Run: await CliRunner.RunAsync("dates", "--reference", "2019-01-20", "--input", file), Path: file, Entities: false),
            (Run: await CliRunner.RunAsync(["dates", "--reference", "2019-01-20"], input.Bytes), Path: "<stdin>", Entities: false),
            (Run: await CliRunner.RunAsync("entities", "--input", file), Path: file, Entities: true),
            (Run: await CliRunner.RunAsync(["entities"], input.Bytes), Path: "<stdin>", Entities: true),
        };

        foreach (var (run, path, entities) in runs)
        {
            AssertRun(input, run, path);
            var lines = input.Lines;
            Assert.Equal(lines.Length, OutputLines(run).Length);
            foreach (var (line, output) in lines.Zip(OutputLines(run)))
            {
                using var document = JsonDocument.Parse(output);
                Assert.Equal(line, document.RootElement.GetProperty("text").GetString());
                foreach (var mention in document.RootElement.GetProperty("mentions").EnumerateArray())
                {
                    var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
                    Assert.InRange(start, 0, end - 1);
                    Assert.InRange(end, start + 1, line.Length);

                    // An entity's text is the text at its span with OCR whitespace removed (the documented contract).
                    var expected = entities ? WithoutWhitespace(line[start..end]) : line[start..end];
                    Assert.Equal(expected, mention.GetProperty("text").GetString());
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs.Names), MemberType = typeof(HostileInputs))]
    public async Task Analyze_accounts_for_every_character_of_a_file_a_directory_and_standard_input(string name)
    {
        var input = HostileInputs.Get(name);
        using var temp = new TempDirectory();
        var file = temp.Write("input.txt", input.Bytes);
        temp.Write("corpus/input.txt", input.Bytes);
        var inDirectory = Path.Combine(temp.File("corpus"), "input.txt");

        var runs = new[]
        {
            (Run: await CliRunner.RunAsync("analyze", file, "--out", temp.File("file"), "--format", "jsonl", "--quiet"), Path: file, Output: temp.File("file")),
            (Run: await CliRunner.RunAsync("analyze", temp.File("corpus"), "--out", temp.File("dir"), "--format", "jsonl", "--quiet"), Path: inDirectory, Output: temp.File("dir")),
            (Run: await CliRunner.RunAsync(["analyze", "-", "--out", temp.File("stdin"), "--format", "jsonl", "--quiet"], input.Bytes), Path: "<stdin>", Output: temp.File("stdin")),
        };

        foreach (var (run, path, output) in runs)
        {
            Assert.Equal(input.ExitCode, run.ExitCode);
            AssertNoStackTrace(run);
            if (input.Text is null)
            {
                Assert.Equal(2, run.ErrorLines.Length);
                Assert.Matches(input.ErrorFor(path), run.ErrorLines[0]);
                Assert.Equal("weidu: error: no input could be read; nothing was written", run.ErrorLines[1]);
                Assert.False(Directory.Exists(output));
                continue;
            }

            AssertErrorLines(input, run, path);
            var length = input.Text.Length;
            var documents = ReadJsonLines(Path.Combine(output, "documents.jsonl"));
            Assert.All(documents, d => Assert.Equal(path, d.GetProperty("file").GetString()));

            // The documents tile the decoded text: every character is in exactly one document.
            var end = 0;
            foreach (var document in documents.OrderBy(d => d.GetProperty("start").GetInt32()))
            {
                Assert.Equal(end, document.GetProperty("start").GetInt32());
                end = document.GetProperty("end").GetInt32();
            }

            Assert.Equal(length, end);
            foreach (var record in ReadJsonLines(Path.Combine(output, "entries.jsonl")).Concat(ReadJsonLines(Path.Combine(output, "mentions.jsonl"))))
            {
                Assert.InRange(record.GetProperty("start").GetInt32(), 0, record.GetProperty("end").GetInt32());
                Assert.InRange(record.GetProperty("end").GetInt32(), 0, length);
            }
        }
    }

    private static void AssertRun(HostileInput input, CliRun run, string path)
    {
        Assert.Equal(input.ExitCode, run.ExitCode);
        AssertNoStackTrace(run);
        AssertErrorLines(input, run, path);
    }

    private static void AssertErrorLines(HostileInput input, CliRun run, string path)
    {
        if (input.Error is null)
        {
            Assert.Equal(string.Empty, run.Error);
        }
        else
        {
            Assert.Matches(input.ErrorFor(path), Assert.Single(run.ErrorLines));
        }
    }

    internal static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at ", run.Error);
    }

    /// <summary>The output lines: every line ends with a line break, including the last.</summary>
    internal static string[] OutputLines(CliRun run)
    {
        Assert.True(run.Output.Length == 0 || run.Output.EndsWith('\n'));
        return run.Output.Length == 0 ? [] : run.Output[..^1].Split('\n');
    }

    internal static string WithoutWhitespace(string text) => Regex.Replace(text, @"\s", string.Empty);

    internal static List<JsonElement> ReadJsonLines(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
