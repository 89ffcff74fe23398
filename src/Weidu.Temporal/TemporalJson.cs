using System.Globalization;
using System.Text.Json;
using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>
/// Writes mentions in the <c>weidu dates</c> JSON Lines shape: one object per input line, with
/// UTF-16 offsets, the TIMEX value, the modifier, the grain and the interval in the reference's
/// local time (exclusive end; null for an open bound; a null interval for a duration or a set).
/// </summary>
public static class TemporalJson
{
    /// <summary>Writes one line's object: <c>{"text": …, "mentions": [...]}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, string text, EquatableArray<TemporalMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteStartObject();
        writer.WriteString("text", text);
        writer.WriteStartArray("mentions");
        foreach (var mention in mentions)
        {
            WriteMention(writer, mention);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Serialises one line's object to a compact JSON string (no trailing newline).</summary>
    public static string Serialize(string text, EquatableArray<TemporalMention> mentions)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, text, mentions);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one mention object.</summary>
    public static void WriteMention(Utf8JsonWriter writer, TemporalMention mention)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mention);
        writer.WriteStartObject();
        writer.WriteNumber("start", mention.Span.Start);
        writer.WriteNumber("end", mention.Span.End);
        writer.WriteString("text", mention.Text);
        writer.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
        writer.WriteString("value", mention.Value);
        if (mention.Modifier == TemporalModifier.None)
        {
            writer.WriteNull("mod");
        }
        else
        {
            writer.WriteString("mod", mention.Modifier.ToString().ToUpperInvariant());
        }

        writer.WriteString("grain", mention.Grain.ToString().ToLowerInvariant());
        if (mention.Interval is { } interval)
        {
            writer.WriteStartObject("interval");
            WriteBound(writer, "start", interval.Start);
            WriteBound(writer, "end", interval.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("interval");
        }

        writer.WriteString("anchor", mention.Anchor switch
        {
            AnchorSource.Text => "text",
            AnchorSource.DocumentDate => "document",
            AnchorSource.PreviousEntry => "previous-entry",
            _ => "reference",
        });
        if (mention.Lunar is { } lunar)
        {
            writer.WriteStartObject("lunar");
            writer.WriteNumber("year", lunar.Year);
            writer.WriteNumber("month", lunar.Month);
            writer.WriteBoolean("leap", lunar.IsLeapMonth);
            writer.WriteNumber("day", lunar.Day);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } time)
        {
            writer.WriteString(name, time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
