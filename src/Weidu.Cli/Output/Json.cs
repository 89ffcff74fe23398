using System.Text.Encodings.Web;
using System.Text.Json;
using Weidu.Cli.Model;
using Weidu.Core;

namespace Weidu.Cli.Output;

/// <summary>JSON settings and the record shapes shared by the JSON Lines files and the line commands.</summary>
internal static class Json
{
    /// <summary>Compact UTF-8 with CJK written as is (not as \u escapes), one object per line.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>
    /// Writes one JSON object per item, each on its own line, to <paramref name="stream"/>.
    /// </summary>
    public static async Task WriteLinesAsync<T>(Stream stream, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var item in items)
        {
            write(writer, item);
            writer.Flush();
            writer.Reset();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            if (buffer.WrittenCount >= 1 << 16)
            {
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders one object as a JSON string (for the line commands, which write text).</summary>
    public static string Render<T>(T item, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, item);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteDocument(Utf8JsonWriter writer, DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteNumber("id", document.Id);
        writer.WriteString("kind", document.Kind);
        writer.WriteString("title", document.Title);
        writer.WriteString("speaker", document.Speaker);
        writer.WriteString("speaker_post", document.SpeakerPost);
        writer.WriteString("date", document.Date);
        writer.WriteString("file", document.File);
        writer.WriteNumber("line", document.Line);
        writer.WriteNumber("start", document.Start);
        writer.WriteNumber("end", document.End);
        writer.WriteEndObject();
    }

    public static void WriteEntry(Utf8JsonWriter writer, EntryRecord entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteStartObject();
        writer.WriteNumber("id", entry.Id);
        writer.WriteNumber("document_id", entry.DocumentId);
        writer.WriteString("kind", entry.Kind);
        writer.WriteString("marker", entry.Marker);
        writer.WritePropertyName("date");
        WriteTimeValue(writer, entry.Date);
        writer.WriteNumber("line", entry.Line);
        writer.WriteNumber("start", entry.Start);
        writer.WriteNumber("end", entry.End);
        writer.WriteString("text", entry.Text);
        writer.WriteStartArray("persons");
        foreach (var person in entry.Persons)
        {
            writer.WriteStartObject();
            writer.WriteString("name", person.Name);
            WriteStrings(writer, "posts", person.Posts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "organizations", entry.Organizations);
        WriteStrings(writer, "places", entry.Places);
        writer.WriteEndObject();
    }

    public static void WriteMention(Utf8JsonWriter writer, MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mention);
        writer.WriteStartObject();
        writer.WriteNumber("document_id", mention.DocumentId);
        if (mention.EntryId is { } entryId)
        {
            writer.WriteNumber("entry_id", entryId);
        }
        else
        {
            writer.WriteNull("entry_id");
        }

        writer.WriteNumber("line", mention.Line);
        writer.WriteNumber("start", mention.Start);
        writer.WriteNumber("end", mention.End);
        writer.WriteString("text", mention.Text);
        writer.WriteString("type", mention.Type);
        if (mention.Time is { } time)
        {
            WriteTimeFields(writer, time);
        }
        else if (mention.Type == MentionRecord.PersonType)
        {
            WriteStrings(writer, "titles", mention.Titles);
            if (mention.Reference is { } reference)
            {
                writer.WriteStartObject("reference");
                writer.WriteString("text", reference.Text);
                writer.WriteString("person", reference.Person);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The fields of a temporal value as <c>weidu dates</c> writes them: kind, value, mod, grain and interval
    /// (null for a duration, which has no place on the calendar).
    /// </summary>
    public static void WriteTimeFields(Utf8JsonWriter writer, TimeValue time)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(time);
        writer.WriteString("kind", time.Kind);
        writer.WriteString("value", time.Value);
        writer.WriteString("mod", time.Mod);
        writer.WriteString("grain", time.Grain);
        if (time.Start is null && time.End is null)
        {
            writer.WriteNull("interval");
        }
        else
        {
            writer.WriteStartObject("interval");
            writer.WriteString("start", time.Start);
            writer.WriteString("end", time.End);
            writer.WriteEndObject();
        }
    }

    private static void WriteTimeValue(Utf8JsonWriter writer, TimeValue? time)
    {
        if (time is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteTimeFields(writer, time);
        writer.WriteEndObject();
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, EquatableArray<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
