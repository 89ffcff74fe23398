using System.Text.Json;

namespace Weidu.Cli.Tests;

public class LineCommandTests
{
    [Fact]
    public async Task Dates_writes_the_contract_shape_for_each_line()
    {
        var run = await CliRunner.RunWithInputAsync("2019年1月20日召开\n\n持续40天\n", "dates", "--reference", "2019-11-19");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(
            """{"text":"2019年1月20日召开","mentions":[{"start":0,"end":10,"text":"2019年1月20日","kind":"date","value":"2019-01-20","mod":null,"grain":"day","interval":{"start":"2019-01-20T00:00:00","end":"2019-01-21T00:00:00"},""",
            lines[0][..lines[0].IndexOf("\"anchor\"", StringComparison.Ordinal)]);
        Assert.Equal("""{"text":"","mentions":[]}""", lines[1]);
        using var duration = JsonDocument.Parse(lines[2]);
        var mention = duration.RootElement.GetProperty("mentions")[0];
        Assert.Equal(("duration", "P40D"), (mention.GetProperty("kind").GetString(), mention.GetProperty("value").GetString()));
        Assert.False(mention.TryGetProperty("interval", out var interval) && interval.ValueKind != JsonValueKind.Null);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public async Task Dates_reads_relative_dates_against_the_reference_in_its_own_offset()
    {
        var run = await CliRunner.RunWithInputAsync("今天\n", "dates", "--reference", "2019-01-20T23:30:00-05:00");

        using var json = JsonDocument.Parse(run.OutputLines[0]);
        var interval = json.RootElement.GetProperty("mentions")[0].GetProperty("interval");
        Assert.Equal(("2019-01-20T00:00:00", "2019-01-21T00:00:00"), (interval.GetProperty("start").GetString(), interval.GetProperty("end").GetString()));
    }

    [Theory]
    [InlineData("2019-13-01")]
    [InlineData("yesterday")]
    [InlineData("2019/01/20")]
    public async Task Dates_rejects_a_reference_that_is_not_ISO_8601_as_a_usage_error(string reference)
    {
        var run = await CliRunner.RunWithInputAsync("今天\n", "dates", "--reference", reference);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{reference}' is not an ISO 8601 date", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_writes_people_with_the_posts_printed_beside_them()
    {
        var run = await CliRunner.RunWithInputAsync("区委书记张书杰、区长李朝锋到七里店街道办事处调研\n", "entities");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal("区委书记张书杰、区长李朝锋到七里店街道办事处调研", json.RootElement.GetProperty("text").GetString());
        var mentions = json.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        var zhang = mentions.Single(m => m.GetProperty("text").GetString() == "张书杰");
        Assert.Equal(("PER", 4, 7), (zhang.GetProperty("type").GetString(), zhang.GetProperty("start").GetInt32(), zhang.GetProperty("end").GetInt32()));
        Assert.Equal(["区委书记"], zhang.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(mentions, m => m.GetProperty("type").GetString() == "ORG" && m.GetProperty("text").GetString() == "七里店街道办事处");
        Assert.All(mentions.Where(m => m.GetProperty("type").GetString() != "PER"), m => Assert.False(m.TryGetProperty("titles", out _)));
    }

    [Fact]
    public async Task Every_input_line_gives_exactly_one_output_line()
    {
        const string input = "第一行张书杰\n\n  \n最后一行没有换行";

        foreach (var command in new[] { "tokenize", "dates", "entities" })
        {
            var run = await CliRunner.RunWithInputAsync(input, command);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(4, run.Output.Split('\n').Length - 1);
        }
    }
}
