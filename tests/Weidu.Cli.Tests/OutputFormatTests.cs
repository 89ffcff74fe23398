using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Weidu.Cli.Output;

namespace Weidu.Cli.Tests;

public class OutputFormatTests
{
    [Fact]
    public void Entities_count_mentions_and_span_their_dates_and_posts()
    {
        var result = SampleDataset.Create();

        var person = Assert.Single(result.Entities, e => e.Name == "李朝锋");
        Assert.Equal(("PER", 3, "2019-05-03", "2019-06-01"), (person.Type, person.Count, person.FirstDate, person.LastDate));
        Assert.Equal(["区长"], person.Posts.AsSpan().ToArray());
        var role = Assert.Single(result.Roles, r => r.Person == "李朝锋");
        Assert.Equal(("区长", "2019-05-03", "2019-05-03", 3), (role.Post, role.FirstDate, role.LastDate, role.EvidenceLine));
    }

    [Fact]
    public async Task Json_lines_are_one_object_per_line_with_CJK_unescaped()
    {
        var result = SampleDataset.Create();
        using var stream = new MemoryStream();

        await Json.WriteLinesAsync(stream, result.Entries, Json.WriteEntry, CancellationToken.None);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            """{"id":2,"document_id":1,"kind":"entry","marker":"是日","date":{"kind":"date","value":"2019-05-03","mod":null,"grain":"day","interval":{"start":"2019-05-03T00:00:00","end":"2019-05-04T00:00:00"}},"line":4,"start":29,"end":50,"text":"是日 区委书记张书杰、区长李朝锋出席会议。","persons":[{"name":"张书杰","posts":["区委书记"]},{"name":"李朝锋","posts":["区长"]}],"organizations":[],"places":[]}""",
            lines[1]);
        Assert.Contains("“四个一百”", lines[0], StringComparison.Ordinal);
        Assert.Equal("5月3日 区长李朝锋调研“四个一百”项目。", JsonDocument.Parse(lines[0]).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_database_answers_every_event_a_person_attended_in_a_month_in_one_query()
    {
        using var temp = new TempDirectory();
        var path = temp.File("weidu.db");

        await SqliteExport.WriteAsync(path, SampleDataset.Create(), CancellationToken.None);

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT DISTINCT e.first_day, e.marker FROM entries e
            JOIN mentions m ON m.entry_id = e.id JOIN entities p ON p.id = m.entity_id
            WHERE p.name = '李朝锋' AND e.first_day BETWEEN '2019-05-01' AND '2019-05-31'
            ORDER BY e.id
            """;
        using var reader = query.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        }

        Assert.Equal(["2019-05-03 5月3日", "2019-05-03 是日"], rows);
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task The_database_has_keys_and_indexes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("weidu.db");
        await SqliteExport.WriteAsync(path, SampleDataset.Create(), CancellationToken.None);

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read())
        {
            indexes.Add(reader.GetString(0));
        }

        Assert.Equal(["entities_by_name", "entries_by_day", "entries_by_document", "mentions_by_entity", "mentions_by_entry", "mentions_by_type"], indexes);
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_key_check";
        using var violations = check.ExecuteReader();
        Assert.False(violations.Read());
    }

    [Fact]
    public void The_report_marks_every_event_and_mention_and_counts_them()
    {
        var writer = new StringWriter();

        var summary = HtmlReport.Write(writer, SampleDataset.Create(), "大事记 <test>");

        var html = writer.ToString();
        Assert.Equal(new ReportSummary(3, 5, 3, 1, 2), summary);
        Assert.Equal(3, Count(html, "data-event="));
        Assert.Equal(8, Count(html, "data-mention="));
        Assert.Contains("<title>大事记 &lt;test&gt; · weidu</title>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"2019-05-03 (day) [2019-05-03T00:00:00, 2019-05-04T00:00:00)\">是日</span>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"ent\" data-mention=\"4\" data-type=\"PER\" title=\"区委书记\">张书杰<span class=\"lbl\">PER</span></mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
