using System.CommandLine;
using System.Text;
using Weidu.Core;

namespace Weidu.Cli.Input;

/// <summary>
/// The <c>--encoding</c> option of the commands that read files: <c>auto</c> (a byte order mark, else UTF-8 if the
/// bytes are valid UTF-8, else GB18030, as Weidu.Core detects) or a named encoding that every input is decoded with.
/// </summary>
internal static class InputEncoding
{
    public const string Auto = "auto";

    /// <summary>How many leading bytes are searched for a NUL byte, the sign of a binary file (git's rule).</summary>
    public const int BinaryProbeLength = 8000;

    // Each with its byte order mark, so that ForInput recognises one. GBK and GB2312 are decoded as GB18030, which
    // contains them byte for byte.
    private static readonly Dictionary<string, Encoding> Named = new(StringComparer.Ordinal)
    {
        ["utf-8"] = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        ["utf-16le"] = new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        ["utf-16be"] = new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        ["gb18030"] = TextDecoder.GB18030,
        ["gbk"] = TextDecoder.GB18030,
    };

    public static Option<string> Option()
    {
        var option = new Option<string>("--encoding", "-e")
        {
            Description = "How the input bytes are decoded: auto (a byte order mark, else UTF-8 if valid, else GB18030/GBK), utf-8, utf-16le, utf-16be, gb18030 or gbk.",
            DefaultValueFactory = _ => Auto,
            HelpName = "NAME",
        };
        option.AcceptOnlyFromAmong([Auto, .. Named.Keys]);
        return option;
    }

    /// <summary>The encoding an option value names, or <see langword="null"/> for <c>auto</c> (detect it).</summary>
    public static Encoding? Parse(string? value) =>
        value is null || value == Auto ? null : Named[value];

    /// <summary>
    /// The encoding to decode an input with: the forced one, except that a byte order mark agreeing with it is left to
    /// detection, which skips the mark as it does without an option (and still counts its bytes in byte offsets).
    /// </summary>
    public static Encoding? ForInput(ReadOnlySpan<byte> start, Encoding? forced) =>
        forced is not null && !forced.Preamble.IsEmpty && start.StartsWith(forced.Preamble) ? null : forced;

    /// <summary>
    /// The byte offset of the first NUL byte in the first <see cref="BinaryProbeLength"/> bytes, which makes the input
    /// binary rather than text (git's rule), or -1. UTF-16, where every ASCII character has a NUL byte, is not probed.
    /// </summary>
    public static int FindNul(ReadOnlySpan<byte> start, Encoding? forced)
    {
        var isUtf16 = forced is null
            ? start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            : forced is UnicodeEncoding;
        return isUtf16 ? -1 : start[..Math.Min(start.Length, BinaryProbeLength)].IndexOf((byte)0);
    }
}
