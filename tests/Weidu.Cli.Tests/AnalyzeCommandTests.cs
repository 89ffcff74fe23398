using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Snapshooter.Xunit;

namespace Weidu.Cli.Tests;

public partial class AnalyzeCommandTests(YearbookFixture yearbook) : IClassFixture<YearbookFixture>
{
    private static readonly string Text = File.ReadAllText(CliRunner.Yearbook);

    [Fact]
    public void Without_input_it_analyses_the_bundled_yearbook_and_writes_every_output()
    {
        Assert.Equal(0, yearbook.Run.ExitCode);
        Assert.Equal(string.Empty, yearbook.Run.Error);
        Assert.StartsWith("Analysed 1 input(s), 364.6 KB: 8 documents, ", yearbook.Run.OutputLines[0], StringComparison.Ordinal);
        var files = Directory.GetFiles(yearbook.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["documents.jsonl", "entities.csv", "entries.jsonl", "mentions.jsonl", "report.html", "roles.csv", "summary.json", "weidu.db"], files);
    }

    [Fact]
    public void Documents_jsonl_matches_the_reviewed_snapshot()
    {
        // Reviewed against the yearbook: each title is the "## …" heading on the given line (10, 114, 196, 238, 312,
        // 372, 448), each date the printed date line under it — for the work report the "——2020年6月14日…" line —,
        // the speaker the name line under the title (李朝锋's is in the title of document 5, his post printed
        // before his name in the report), the chronicle starts at "# 大事记" (line 598), and the spans tile the text.
        Snapshot.Match(File.ReadAllLines(yearbook.File("documents.jsonl")).Select(Newtonsoft.Json.Linq.JObject.Parse).ToList());
    }

    [Fact]
    public void Documents_tile_the_input_and_start_on_their_title_line()
    {
        var documents = yearbook.ReadJsonLines("documents.jsonl");
        var lines = Text.Split('\n');
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var title = document.GetProperty("title").GetString()!;
            Assert.Contains(title.Replace(" ", string.Empty, StringComparison.Ordinal), lines[document.GetProperty("line").GetInt32() - 1].Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            if (i > 0)
            {
                Assert.Equal(documents[i - 1].GetProperty("end").GetInt32(), document.GetProperty("start").GetInt32());
            }
        }

        Assert.Equal(0, documents[0].GetProperty("start").GetInt32());
        Assert.Equal(Text.Length, documents[^1].GetProperty("end").GetInt32());
    }

    [Fact]
    public void Chronicle_entries_have_their_marker_a_date_in_the_yearbook_year_and_the_line_the_marker_is_on()
    {
        var entries = yearbook.ReadJsonLines("entries.jsonl").Where(e => e.GetProperty("kind").GetString() == "entry").ToList();
        var lines = Text.Split('\n');

        Assert.True(entries.Count > 250, $"{entries.Count} chronicle entries");
        foreach (var entry in entries)
        {
            var marker = entry.GetProperty("marker").GetString()!;
            Assert.Contains(marker, lines[entry.GetProperty("line").GetInt32() - 1].Replace("*", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.StartsWith(marker, entry.GetProperty("text").GetString()!, StringComparison.Ordinal);
        }

        var dated = entries.Where(e => e.GetProperty("date").ValueKind == JsonValueKind.Object).ToList();
        Assert.True(dated.Count >= entries.Count - 5, $"{entries.Count - dated.Count} entries without a date");
        Assert.All(dated, e => Assert.StartsWith("2019-", e.GetProperty("date").GetProperty("interval").GetProperty("start").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_points_at_its_text_in_the_input_file()
    {
        var mentions = yearbook.ReadJsonLines("mentions.jsonl");
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        Assert.True(mentions.Count > 1000);
        foreach (var mention in mentions)
        {
            var start = mention.GetProperty("start").GetInt32();
            var end = mention.GetProperty("end").GetInt32();
            var source = Readable().Replace(Text[start..end], string.Empty);
            Assert.Equal(Readable().Replace(mention.GetProperty("text").GetString()!, string.Empty), source);
            var line = mention.GetProperty("line").GetInt32();
            Assert.InRange(start, lineStarts[line - 1], line < lineStarts.Count ? lineStarts[line] - 1 : Text.Length);
        }
    }

    [Fact]
    public void Time_mentions_carry_value_grain_and_interval_as_weidu_dates_writes_them()
    {
        // Line 24 of the yearbook: "2018年2月26日至28日召开的十九届三中全会".
        var time = yearbook.ReadJsonLines("mentions.jsonl").First(m => m.GetProperty("text").GetString() == "2018年2月26日至28日");

        Assert.Equal(("TIME", 24, "interval"), (time.GetProperty("type").GetString(), time.GetProperty("line").GetInt32(), time.GetProperty("kind").GetString()));
        Assert.Equal("2018-02-26/2018-02-28", time.GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, time.GetProperty("mod").ValueKind);
        Assert.Equal("day", time.GetProperty("grain").GetString());
        Assert.Equal("2018-02-26T00:00:00", time.GetProperty("interval").GetProperty("start").GetString());
        Assert.Equal("2018-03-01T00:00:00", time.GetProperty("interval").GetProperty("end").GetString());
    }

    [Fact]
    public void The_database_answers_every_event_Li_Chaofeng_attended_in_May()
    {
        using var connection = new SqliteConnection($"Data Source={yearbook.File("weidu.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT first_day, text FROM person_entries
            WHERE person = '李朝锋' AND kind = 'entry' AND first_day BETWEEN '2019-05-01' AND '2019-05-31'
            ORDER BY first_day, entry_id
            """;
        using var reader = query.ExecuteReader();
        var events = new List<(string Day, string Text)>();
        while (reader.Read())
        {
            events.Add((reader.GetString(0), reader.GetString(1)));
        }

        Assert.True(events.Count >= 5, $"{events.Count} events");
        Assert.All(events, e => Assert.StartsWith("2019-05-", e.Day, StringComparison.Ordinal));
        Assert.All(events, e => Assert.Contains("朝锋", e.Text, StringComparison.Ordinal));
        Assert.Equal(events.OrderBy(e => e.Day, StringComparer.Ordinal).Select(e => e.Day), events.Select(e => e.Day));
    }

    [Fact]
    public void The_database_holds_the_same_records_as_the_json_lines()
    {
        using var connection = new SqliteConnection($"Data Source={yearbook.File("weidu.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        Assert.Equal(yearbook.ReadJsonLines("documents.jsonl").Count, Count("documents"));
        Assert.Equal(yearbook.ReadJsonLines("entries.jsonl").Count, Count("entries"));
        Assert.Equal(yearbook.ReadJsonLines("mentions.jsonl").Count, Count("mentions"));
        Assert.Equal(File.ReadAllLines(yearbook.File("entities.csv")).Length - 1, Count("entities"));
    }

    [Fact]
    public void The_csv_files_list_the_people_with_their_posts()
    {
        var entities = File.ReadAllLines(yearbook.File("entities.csv"));
        var roles = File.ReadAllLines(yearbook.File("roles.csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'t'], File.ReadAllBytes(yearbook.File("entities.csv"))[..4]);
        Assert.Equal("type,name,count,first_date,last_date,posts", entities[0]);
        Assert.Equal("person,post,first_date,last_date,file,evidence_line", roles[0]);
        var zhang = entities.Single(l => l.StartsWith("PER,张书杰,", StringComparison.Ordinal)).Split(',');
        Assert.True(int.Parse(zhang[2], CultureInfo.InvariantCulture) > 100);
        Assert.Contains("区委书记", zhang[5], StringComparison.Ordinal);
        Assert.Contains(roles, r => r.StartsWith("张书杰,区委书记,2019-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_standing_for_a_person_is_a_mention_of_the_person_it_resolves_to()
    {
        var surnames = yearbook.ReadJsonLines("mentions.jsonl")
            .Where(m => m.GetProperty("type").GetString() == "PER" && m.GetProperty("text").GetString() is "张" or "胡" or "史")
            .ToList();
        var entities = File.ReadAllLines(yearbook.File("entities.csv"));

        // 张书记, 胡书记, 史市长 resolve through the corpus's roles to 张书杰, 胡五岳 and 史根治.
        Assert.True(surnames.Count >= 9, $"{surnames.Count} surname mentions");
        Assert.All(surnames, m => Assert.Equal(
            m.GetProperty("text").GetString() switch { "张" => "张书杰", "胡" => "胡五岳", _ => "史根治" },
            m.GetProperty("reference").GetProperty("person").GetString()));
        Assert.Contains(surnames, m => m.GetProperty("reference").GetProperty("text").GetString() == "胡书记");
        Assert.DoesNotContain(entities, l => l.StartsWith("PER,张,", StringComparison.Ordinal) || l.StartsWith("PER,胡,", StringComparison.Ordinal) || l.StartsWith("PER,史,", StringComparison.Ordinal));

        var entryIds = surnames.Select(m => m.GetProperty("entry_id").GetInt32()).ToHashSet();
        var entries = yearbook.ReadJsonLines("entries.jsonl").Where(e => entryIds.Contains(e.GetProperty("id").GetInt32())).ToList();
        Assert.DoesNotContain(entries, e => e.GetProperty("persons").EnumerateArray().Any(p => p.GetProperty("name").GetString() is "张" or "胡" or "史"));
        Assert.Contains(entries, e => e.GetProperty("persons").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "史根治"));
    }

    [Fact]
    public void The_report_counts_in_the_summary_are_what_the_page_holds()
    {
        var html = File.ReadAllText(yearbook.File("report.html"));
        using var summary = JsonDocument.Parse(File.ReadAllText(yearbook.File("summary.json")));
        var report = summary.RootElement.GetProperty("report");

        Assert.Equal(report.GetProperty("timeline_events").GetInt32(), Regex.Matches(html, "<li class=\"event\" data-event=").Count);
        Assert.Equal(report.GetProperty("highlighted_entities").GetInt32(), Regex.Matches(html, "<mark class=\"ent\" data-mention=").Count);
        Assert.Equal(report.GetProperty("time_mentions").GetInt32(), Regex.Matches(html, "<span class=\"time\" data-mention=").Count);
        Assert.Equal(summary.RootElement.GetProperty("chronicle_entries").GetInt32(), report.GetProperty("timeline_events").GetInt32());
        Assert.True(report.GetProperty("highlighted_entities").GetInt32() > 1000);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_name_standing_for_a_person_named_in_full_counts_as_that_person()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("report.txt", "## 全区会议\n\n区长王军霞出席会议并讲话。\n\n会上，军霞介绍了今年的工作。\n");
        var output = temp.File("out");

        var run = await CliRunner.RunAsync("analyze", input, "-o", output, "--format", "jsonl", "--format", "csv", "-q");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var givenName = Assert.Single(HostileInputTests.ReadJsonLines(Path.Combine(output, "mentions.jsonl")), m => m.GetProperty("text").GetString() == "军霞");
        Assert.Equal(("PER", "军霞", "王军霞"), (givenName.GetProperty("type").GetString(), givenName.GetProperty("reference").GetProperty("text").GetString(),
            givenName.GetProperty("reference").GetProperty("person").GetString()));
        var entities = File.ReadAllLines(Path.Combine(output, "entities.csv"));
        Assert.DoesNotContain(entities, l => l.StartsWith("PER,军霞,", StringComparison.Ordinal));
        Assert.Equal("2", Assert.Single(entities, l => l.StartsWith("PER,王军霞,", StringComparison.Ordinal)).Split(',')[2]);
    }

    [Fact]
    public async Task Formats_can_be_chosen_and_a_second_run_leaves_no_temporary_files()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("speech.txt", "## 在全区会议上的讲话\n\n李朝锋\n\n(2019年11月19日)\n\n同志们：\n\n今年以来，区长李朝锋多次到七里店街道调研。\n");
        var output = temp.File("out");

        var first = await CliRunner.RunAsync("analyze", input, "-o", output, "-f", "csv", "-q");
        var second = await CliRunner.RunAsync("analyze", input, "-o", output, "--format", "jsonl", "--format", "sqlite", "-q");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(string.Empty, first.Output + second.Output);
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["documents.jsonl", "entities.csv", "entries.jsonl", "mentions.jsonl", "roles.csv", "summary.json", "weidu.db"], files);
    }

    // What OCR repairs may remove between a mention's source span and its clean text: layout and markup.
    [GeneratedRegex(@"[\s*#]")]
    private static partial Regex Readable();
}
