using System.Buffers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;

namespace Weidu.Reliability.Tests;

/// <summary>Weidu.Core's decoder and text model on scraped bytes: every encoding, broken bytes, huge shapes.</summary>
public sealed class CoreTests
{
    private const string Chinese = "二〇一九年一月二十日，区委书记张书杰讲话。𠀀😀";

    public static TheoryData<string, byte[]> EncodedForms => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Chinese) },
        { "utf-8 bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Chinese)] },
        { "utf-16le bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Chinese)] },
        { "utf-16be bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Chinese)] },
        { "gb18030", TextDecoder.GB18030.GetBytes(Chinese) },
    };

    [Theory]
    [MemberData(nameof(EncodedForms))]
    public void Every_supported_encoding_is_detected_and_decodes_to_the_same_text(string form, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();

        var text = SourceText.From(bytes, encoding: null, diagnostics, path: form);

        Assert.Equal(Chinese, text.ToString());
        Assert.DoesNotContain(diagnostics.ToArray().AsImmutableArray(), d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [MemberData(nameof(EncodedForms))]
    public void Decoding_one_byte_at_a_time_never_splits_a_character(string form, byte[] bytes)
    {
        Assert.Equal(Chinese, DecodeInPieces(bytes, pieceLength: 1, encoding: null));
        _ = form;
    }

    [Fact]
    public void Gbk_text_is_reported_as_detected_and_can_be_chosen_by_option()
    {
        var bytes = TextDecoder.GB18030.GetBytes("魏都区人民政府");
        var detected = new DiagnosticBag();

        var byDetection = SourceText.From(bytes, null, detected, "gbk.txt");
        var byOption = SourceText.From(bytes, TextDecoder.GB18030, null, "gbk.txt");

        Assert.Equal("魏都区人民政府", byDetection.ToString());
        Assert.Equal("魏都区人民政府", byOption.ToString());
        Assert.Contains(detected.ToArray().AsImmutableArray(), d => d.Id == CoreDiagnostics.EncodingDetected.Id);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_with_the_byte_offset()
    {
        byte[] bytes = [.. "区委"u8, 0xFF, .. "书记"u8, 0xC3];
        var diagnostics = new DiagnosticBag();

        var text = SourceText.From(bytes, Encoding.UTF8, diagnostics, "bad.txt");

        Assert.Equal("区委\uFFFD书记\uFFFD", text.ToString());
        var invalid = diagnostics.ToArray().AsImmutableArray().Where(d => d.Id == CoreDiagnostics.InvalidBytes.Id).ToArray();
        Assert.Equal(2, invalid.Length);
        Assert.Contains("byte offset 6", invalid[0].Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(2, 1), invalid[0].Span);
        Assert.Contains("byte offset 13", invalid[1].Message, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(5, 1), invalid[1].Span);
        Assert.All(invalid, d => Assert.Equal("bad.txt", d.Path));
    }

    [Fact]
    public void A_stream_that_ends_in_the_middle_of_a_character_keeps_the_text_before_it()
    {
        var bytes = Encoding.UTF8.GetBytes("魏都区");
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream(bytes, 0, bytes.Length - 1);

        var text = SourceText.From(stream, null, diagnostics, null);

        Assert.Equal("魏都\uFFFD", text.ToString());
        Assert.Contains(diagnostics.ToArray().AsImmutableArray(), d => d.Id == CoreDiagnostics.InvalidBytes.Id && d.Span == new TextSpan(2, 1));
    }

    [Fact]
    public void Random_bytes_are_reported_once_per_sequence_up_to_a_cap_and_then_summarised()
    {
        var bytes = new byte[10_000];
        new Random(9).NextBytes(bytes);
        var diagnostics = new DiagnosticBag();

        var text = SourceText.From(bytes, Encoding.UTF8, diagnostics, null);

        var all = diagnostics.ToArray().AsImmutableArray();
        Assert.Contains('\uFFFD', text.ToString());
        Assert.InRange(all.Count(d => d.Id == CoreDiagnostics.InvalidBytes.Id), 1, 100);
        Assert.Contains(all, d => d.Id == CoreDiagnostics.ManyInvalidBytes.Id);
        Assert.All(all, d => Assert.InRange(d.Span.End, 0, text.Length));
    }

    [Property(MaxTest = 200)]
    public Property Chunked_decoding_equals_whole_decoding(byte[] bytes, PositiveInt piece)
    {
        var whole = SourceText.From(bytes, Encoding.UTF8, null, null).ToString();
        return (DecodeInPieces(bytes, piece.Get % 7 + 1, Encoding.UTF8) == whole).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Detected_decoding_never_throws_and_keeps_diagnostics_inside_the_text(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var text = SourceText.From(bytes, null, diagnostics, null);
        return diagnostics.ToArray().AsImmutableArray().All(d => d.Span.Start >= 0 && d.Span.End <= text.Length).ToProperty();
    }

    [Fact]
    public void A_50_MB_line_without_newline_decodes_to_one_line()
    {
        var line = HostileText.LongLine(50 * 1024 * 1024 / 3);
        var bytes = Encoding.UTF8.GetBytes(line);

        var text = SourceText.From(bytes, null, null, null);

        Assert.Equal(line.Length, text.Length);
        Assert.Single(text.Lines);
        Assert.Equal(line.Length, text.Lines[0].End);
    }

    [Fact]
    public void A_million_one_character_lines_are_all_indexed()
    {
        var content = HostileText.OneCharacterLines(1_000_000);

        var text = SourceText.From(Encoding.UTF8.GetBytes(content));

        Assert.Equal(1_000_001, text.Lines.Count);
        Assert.Equal(new LinePosition(999_999, 0), text.Lines.GetLinePosition(content.Length - 2));
    }

    [Fact]
    public void Mixed_line_breaks_each_end_one_line()
    {
        var text = SourceText.From("a\r\nb\nc\rd\r\n\r\n\n\re");

        Assert.Equal(["a", "b", "c", "d", "", "", "", "e"], text.Lines.Select(l => text.ToString(l.Span)));
    }

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void Every_shape_round_trips_through_utf8_and_utf16(string shape, string content)
    {
        // Lone surrogates cannot be encoded; they come back as U+FFFD, which is the documented loss.
        var expected = new string(content.Select((c, i) => char.IsSurrogate(c) && !IsPaired(content, i) ? '\uFFFD' : c).ToArray());

        Assert.Equal(expected, SourceText.From(Encoding.UTF8.GetBytes(content)).ToString());
        Assert.Equal(expected, SourceText.From([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)]).ToString());
        _ = shape;
    }

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);

    private static string DecodeInPieces(byte[] bytes, int pieceLength, Encoding? encoding)
    {
        var decoder = new TextDecoder(encoding);
        var output = new ArrayBufferWriter<char>();
        var pending = new List<byte>();
        for (var i = 0; i < bytes.Length; i += pieceLength)
        {
            pending.AddRange(bytes.AsSpan(i, Math.Min(pieceLength, bytes.Length - i)));
            var consumed = decoder.Decode(pending.ToArray(), isFinalBlock: false, output);
            pending.RemoveRange(0, consumed);
        }

        decoder.Decode(pending.ToArray(), isFinalBlock: true, output);
        return output.WrittenSpan.ToString();
    }
}
