using System.CommandLine;
using System.Text;
using System.Text.Json;
using Weidu.Cli.Output;
using Weidu.Tokenization;

namespace Weidu.Cli.Commands;

/// <summary>
/// <c>weidu tokenize [--standard default|pku|msr] [--format text|jsonl]</c>: one output line per input line, the tokens
/// separated by single spaces (whitespace tokens left out), or a JSON object with each token's start, end, text, tag and kind.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create(CliConsole console)
    {
        var standard = new Option<string>("--standard", "-s")
        {
            Description = "Segmentation standard: default keeps names whole; pku and msr follow the SIGHAN gold standards.",
            DefaultValueFactory = _ => "default",
        };
        standard.AcceptOnlyFromAmong("default", "pku", "msr");
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: the tokens separated by spaces; jsonl: a JSON object per line with each token's start, end, text, tag and kind.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        return LineCommand.Create(
            console,
            "tokenize",
            "Split Chinese text into words, line by line, from standard input (or --input FILE).",
            [standard, format],
            parse =>
            {
                var tokenizer = ChineseTokenizer.Default.WithStandard(ParseStandard(parse.GetValue(standard)));
                return parse.GetValue(format) == "jsonl" ? line => ToJson(tokenizer, line) : line => ToText(tokenizer, line);
            });
    }

    private static SegmentationStandard ParseStandard(string? value) => value switch
    {
        "pku" => SegmentationStandard.Pku,
        "msr" => SegmentationStandard.Msr,
        _ => SegmentationStandard.Default,
    };

    internal static string ToText(ChineseTokenizer tokenizer, string line)
    {
        var output = new StringBuilder(line.Length * 3 / 2);
        foreach (var token in tokenizer.EnumerateTokens(line))
        {
            if (token.Kind == TokenKind.Whitespace)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(token.GetText(line));
        }

        return output.ToString();
    }

    internal static string ToJson(ChineseTokenizer tokenizer, string line) => Json.Render(line, (writer, text) =>
    {
        writer.WriteStartObject();
        writer.WriteString("text", text);
        writer.WriteStartArray("tokens");
        foreach (var token in tokenizer.EnumerateTokens(text))
        {
            WriteToken(writer, token, text);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteToken(Utf8JsonWriter writer, Token token, string text)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", token.Start);
        writer.WriteNumber("end", token.End);
        writer.WriteString("text", token.GetText(text));
        writer.WriteString("tag", token.Tag);
        writer.WriteString("kind", token.Kind.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }
}
