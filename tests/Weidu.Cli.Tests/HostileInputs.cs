using System.Text;
using System.Text.RegularExpressions;
using Weidu.Core;

namespace Weidu.Cli.Tests;

/// <summary>
/// One hostile input file: its bytes, the text they must be read as (<see langword="null"/>: not text, nothing is
/// processed), and the error line the commands must print for it, as a pattern in which <c>{path}</c> stands for the
/// name the input is reported under (<see langword="null"/>: no error, exit code 0).
/// </summary>
internal sealed record HostileInput(string Name, byte[] Bytes, string? Text, string? Error)
{
    public int ExitCode => Error is null ? 0 : 1;

    /// <summary>The lines the line commands must give, split at CRLF, CR and LF; a final line break ends the last line.</summary>
    public string[] Lines => Text is null ? [] : SplitLines(Text);

    public static string[] SplitLines(string text)
    {
        var lines = Regex.Split(text, "\r\n|\r|\n");
        return text.Length == 0 ? [] : text.EndsWith('\n') || text.EndsWith('\r') ? lines[..^1] : lines;
    }

    public Regex ErrorFor(string path) => new("^" + Regex.Escape(Error!).Replace(Regex.Escape("{path}"), Regex.Escape(path), StringComparison.Ordinal).Replace(@"\.\*", ".*", StringComparison.Ordinal) + "$");
}

/// <summary>The hostile inputs every command is run on (docs/reliability.md, "The CLI").</summary>
internal static class HostileInputs
{
    private const string Chronicle = "# 2019年大事记\n\n## 1月\n\n2日 区委书记张书杰到七里店街道调研。\n\n是日 区长李朝锋主持召开会议。\n";

    private static readonly HostileInput[] All = Create();

    public static TheoryData<string> Names => new(All.Select(i => i.Name));

    public static HostileInput Get(string name) => All.Single(i => i.Name == name);

    private static HostileInput[] Create()
    {
        var utf8 = Encoding.UTF8;
        var invalidPrefix = utf8.GetBytes("第一行\n第二行");
        var gbkPrefix = TextDecoder.GB18030.GetBytes("魏都区第一行\n第二");
        var garbage = new byte[4096];
        new Random(9).NextBytes(garbage);
        garbage = [.. garbage.Select(b => b == 0 ? (byte)0xFF : b)];
        const string traditional = "臺灣省政府主席張書傑主持召開會議，討論經濟發展與環境保護。\n";
        const string astral = "𠀀𪚥 😀👨‍👩‍👧 魏都区🇨🇳 𝐀\n";
        var lateNul = new string('区', 3000) + "\0" + "张书杰\n";
        return
        [
            new("utf-8", utf8.GetBytes(Chronicle), Chronicle, null),
            new("utf-8 with BOM", [.. utf8.Preamble, .. utf8.GetBytes(Chronicle)], Chronicle, null),
            new("utf-16le with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Chronicle)], Chronicle, null),
            new("utf-16be with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Chronicle)], Chronicle, null),
            new("gbk", TextDecoder.GB18030.GetBytes(Chronicle), Chronicle, null),
            new(
                "gbk with a damaged byte",
                [.. gbkPrefix, 0xFF, .. TextDecoder.GB18030.GetBytes("行\n")],
                "魏都区第一行\n第二\uFFFD行\n",
                $"{{path}}(2,3): error WD0001: 1 invalid byte(s) at byte offset {gbkPrefix.Length} could not be decoded as gb18030 and were replaced by U+FFFD"),
            new(
                "invalid utf-8",
                [.. invalidPrefix, 0xFF, .. utf8.GetBytes("坏\n第三行"), 0xFE, (byte)'\n'],
                "第一行\n第二行\uFFFD坏\n第三行\uFFFD\n",
                $"{{path}}(2,4): error WD0001: 1 invalid byte(s) at byte offset {invalidPrefix.Length} could not be decoded as utf-8 and were replaced by U+FFFD; 2 such sequences in the file"),
            new(
                "truncated in a character",
                utf8.GetBytes("魏都区")[..8],
                "魏都\uFFFD",
                "{path}(1,3): error WD0001: 2 invalid byte(s) at byte offset 6 could not be decoded as utf-8 and were replaced by U+FFFD"),
            new("empty", [], string.Empty, null),
            new("whitespace only", utf8.GetBytes(" \t\n\u3000\u00A0\r\n \r\v\f\n"), " \t\n\u3000\u00A0\r\n \r\v\f\n", null),
            new(
                "binary with NUL bytes",
                [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
                null,
                "{path}: error WD6003: not a text file: a NUL byte at byte offset 8"),
            new("a NUL byte after 8000 bytes of text", utf8.GetBytes(lateNul), lateNul, null),
            new(
                "binary garbage without NUL bytes",
                garbage,
                SourceText.From(garbage).ToString(),
                @"{path}(.*): error WD0001: .* could not be decoded as utf-8 and were replaced by U+FFFD; .* invalid byte sequences in all were replaced by U+FFFD; only the first 100 are reported individually"),
            new("CRLF, CR and LF mixed", utf8.GetBytes("一\r\n二\r三\n四\r\n\r五"), "一\r\n二\r三\n四\r\n\r五", null),
            new("C0 controls, NEL and LINE SEPARATOR", utf8.GetBytes("\u0001\u0007\u001b[31m区委\u007f\u0085书记\u2028张书杰\n"), "\u0001\u0007\u001b[31m区委\u007f\u0085书记\u2028张书杰\n", null),
            new("traditional characters", utf8.GetBytes(traditional), traditional, null),
            new("emoji and astral-plane CJK", utf8.GetBytes(astral), astral, null),
            new("Latin only", utf8.GetBytes("Annual report 2019: GDP grew 7.5%, PM2.5 fell.\r\n"), "Annual report 2019: GDP grew 7.5%, PM2.5 fell.\r\n", null),
            new("# x 10,000", utf8.GetBytes(new string('#', 10_000)), new string('#', 10_000), null),
        ];
    }
}
