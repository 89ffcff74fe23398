using System.Text;
using System.Text.Json;
using Weidu.Cli.Model;

namespace Weidu.Cli.Output;

/// <summary>The output formats of <c>weidu analyze --format</c>.</summary>
[Flags]
internal enum OutputFormats
{
    None = 0,
    Jsonl = 1,
    Csv = 2,
    Sqlite = 4,
    Html = 8,
    All = Jsonl | Csv | Sqlite | Html,
}

/// <summary>Writes the analysis into an output folder, each file under a temporary name renamed into place when complete.</summary>
internal static class OutputSet
{
    public const string DocumentsFile = "documents.jsonl";
    public const string EntriesFile = "entries.jsonl";
    public const string MentionsFile = "mentions.jsonl";
    public const string EntitiesFile = "entities.csv";
    public const string RolesFile = "roles.csv";
    public const string DatabaseFile = "weidu.db";
    public const string ReportFile = "report.html";
    public const string SummaryFile = "summary.json";

    public static OutputFormats Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var formats = OutputFormats.None;
        foreach (var name in names)
        {
            formats |= name.ToUpperInvariant() switch
            {
                "ALL" => OutputFormats.All,
                "JSONL" => OutputFormats.Jsonl,
                "CSV" => OutputFormats.Csv,
                "SQLITE" => OutputFormats.Sqlite,
                "HTML" => OutputFormats.Html,
                _ => throw new ArgumentOutOfRangeException(nameof(names), name, "Validated by the --format option."),
            };
        }

        return formats == OutputFormats.None ? OutputFormats.All : formats;
    }

    /// <summary>Writes the chosen formats and <c>summary.json</c>; returns the paths written, in order.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string directory, OutputFormats formats, AnalysisResult result, string title, int problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        var written = new List<string>();

        async Task Write(string name, Func<Stream, CancellationToken, Task> write)
        {
            var path = Path.Combine(directory, name);
            await AtomicFile.WriteAsync(path, write, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        if (formats.HasFlag(OutputFormats.Jsonl))
        {
            await Write(DocumentsFile, (s, ct) => Json.WriteLinesAsync(s, result.Documents, Json.WriteDocument, ct)).ConfigureAwait(false);
            await Write(EntriesFile, (s, ct) => Json.WriteLinesAsync(s, result.Entries, Json.WriteEntry, ct)).ConfigureAwait(false);
            await Write(MentionsFile, (s, ct) => Json.WriteLinesAsync(s, result.Mentions, Json.WriteMention, ct)).ConfigureAwait(false);
        }

        if (formats.HasFlag(OutputFormats.Csv))
        {
            await Write(EntitiesFile, (s, ct) => Csv.WriteEntitiesAsync(s, result.Entities, ct)).ConfigureAwait(false);
            await Write(RolesFile, (s, ct) => Csv.WriteRolesAsync(s, result.Roles, ct)).ConfigureAwait(false);
        }

        if (formats.HasFlag(OutputFormats.Sqlite))
        {
            var path = Path.Combine(directory, DatabaseFile);
            await SqliteExport.WriteAsync(path, result, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        ReportSummary? report = null;
        if (formats.HasFlag(OutputFormats.Html))
        {
            await Write(ReportFile, async (s, ct) =>
            {
                var writer = new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    report = HtmlReport.Write(writer, result, title);
                }
            }).ConfigureAwait(false);
        }

        await Write(SummaryFile, (s, ct) => s.WriteAsync(Summary(result, report, problems), ct).AsTask()).ConfigureAwait(false);
        return written;
    }

    /// <summary>The counts of what was written; the browser check compares the report's with its DOM.</summary>
    private static byte[] Summary(AnalysisResult result, ReportSummary? report, int problems)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.WriterOptions.Encoder, Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputs");
            foreach (var input in result.Texts.Keys)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
            writer.WriteNumber("problems", problems);
            writer.WriteNumber("documents", result.Documents.Count);
            writer.WriteNumber("chronicle_entries", result.Entries.Count(e => e.Kind == EntryRecord.ChronicleEntry));
            writer.WriteNumber("paragraphs", result.Entries.Count(e => e.Kind == EntryRecord.Paragraph));
            writer.WriteStartObject("mentions");
            foreach (var group in result.Mentions.GroupBy(m => m.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(group.Key, group.Count());
            }

            writer.WriteEndObject();
            writer.WriteNumber("entities", result.Entities.Count);
            writer.WriteNumber("roles", result.Roles.Count);
            if (report is not null)
            {
                writer.WriteStartObject("report");
                writer.WriteNumber("timeline_events", report.TimelineEvents);
                writer.WriteNumber("highlighted_entities", report.HighlightedEntities);
                writer.WriteNumber("time_mentions", report.TimeMentions);
                writer.WriteNumber("documents", report.Documents);
                writer.WriteNumber("top_people", report.TopPeople);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenSpan.ToArray();
    }
}
