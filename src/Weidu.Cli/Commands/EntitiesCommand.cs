using System.CommandLine;
using System.Text.Json;
using Weidu.Cli.Output;
using Weidu.Core;
using Weidu.Entities;

namespace Weidu.Cli.Commands;

/// <summary>
/// <c>weidu entities</c>: one JSON line per input line with every named entity, its UTF-16 span, type
/// (PER, ORG, LOC, TITLE, MEETING, WORK) and, for a person, the posts printed with the name.
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create(CliConsole console) => LineCommand.Create(
        console,
        "entities",
        "Tag people (with their posts), organisations, places, posts, meetings and documents in each line of standard input (or --input FILE), as JSON Lines.",
        [],
        _ =>
        {
            var tagger = EntityTagger.Create();
            return line => Json.Render((Text: line, Mentions: tagger.Tag(line)), Write);
        });

    private static void Write(Utf8JsonWriter writer, (string Text, EquatableArray<EntityMention> Mentions) line)
    {
        writer.WriteStartObject();
        writer.WriteString("text", line.Text);
        writer.WriteStartArray("mentions");
        foreach (var mention in line.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", mention.Span.Start);
            writer.WriteNumber("end", mention.Span.End);
            writer.WriteString("text", mention.Text);
            writer.WriteString("type", mention.Type.ToCode());
            if (mention.Type == EntityType.Person)
            {
                Json.WriteStrings(writer, "titles", mention.Titles);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
