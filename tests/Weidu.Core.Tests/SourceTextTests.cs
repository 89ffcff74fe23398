using System.Text;
using Snapshooter.Xunit;

namespace Weidu.Core.Tests;

public sealed class SourceTextTests
{
    private static string YearbookPath => Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt");

    [Fact]
    public void Lines_end_at_lf_crlf_and_cr()
    {
        var text = SourceText.From("a\nb\r\nc\rd");
        Assert.Equal(["a", "b", "c", "d"], text.Lines.Select(l => l.ToString()));
        Assert.Equal(new LinePosition(2, 1), text.Lines.GetLinePosition(6));
        Assert.Equal(new LinePosition(3, 0), text.Lines.GetLinePosition(7));
        Assert.Equal(3, text.Lines[1].End);
        Assert.Equal(5, text.Lines[1].EndIncludingLineBreak);
    }

    [Fact]
    public void A_text_ending_in_a_line_break_has_an_empty_last_line()
    {
        var text = SourceText.From("改革\n");
        Assert.Equal(2, text.Lines.Count);
        Assert.True(text.Lines[1].Span.IsEmpty);
    }

    [Fact]
    public void Overlapping_changes_are_rejected()
    {
        var text = SourceText.From("0123456789");
        Assert.Throws<ArgumentException>(() => text.WithChanges(
            new TextChange(new TextSpan(1, 3), "x"), new TextChange(new TextSpan(2, 1), "y")));
    }

    [Fact]
    public void A_change_outside_the_text_is_rejected()
    {
        var text = SourceText.From("0123");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.WithChanges(new TextChange(new TextSpan(3, 2), "x")));
    }

    [Fact]
    public void Change_ranges_after_two_edits_cover_both()
    {
        var v1 = SourceText.From("改\n\n革方案");
        var v2 = v1.WithChanges(new TextChange(new TextSpan(1, 2), string.Empty));
        var v3 = v2.WithChanges(TextChange.Insert(v2.Length, "。"));
        var range = Assert.Single(v3.GetChangeRanges(v1));
        Assert.Equal(new TextSpan(1, 5), range.Span);
        Assert.Equal("革方案。", v3.ToString(new TextSpan(1, range.NewLength)));
    }

    [Fact]
    public void Utf8_bom_is_detected_and_not_decoded()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("年鉴")).ToArray();
        var text = SourceText.From(bytes);
        Assert.Equal("年鉴", text.ToString());
        Assert.Equal(Encoding.UTF8.CodePage, text.Encoding!.CodePage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_detected(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("魏都区𠀀")).ToArray();
        Assert.Equal("魏都区𠀀", SourceText.From(bytes).ToString());
    }

    [Fact]
    public void Gb18030_is_detected_with_an_info_diagnostic()
    {
        var bytes = TextDecoder.GB18030.GetBytes("魏都区人民政府区长李朝锋");
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, null, bag, "old.txt");
        Assert.Equal("魏都区人民政府区长李朝锋", text.ToString());
        var diagnostic = Assert.Single(bag.ToArray());
        Assert.Equal("WD0002", diagnostic.Id);
        Assert.Equal("old.txt", diagnostic.Path);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_with_byte_offsets()
    {
        var bytes = Encoding.UTF8.GetBytes("改革").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("方案")).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, Encoding.UTF8, bag, "bad.txt");
        Assert.Equal("改革\uFFFD方案", text.ToString());
        var diagnostic = Assert.Single(bag.ToArray());
        Assert.Equal("WD0001", diagnostic.Id);
        Assert.Equal(new TextSpan(2, 1), diagnostic.Span);
        Assert.Contains("byte offset 6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_gb18030_bytes_are_reported_at_their_offset()
    {
        var good = TextDecoder.GB18030.GetBytes("年鉴");
        var bytes = good.Concat(new byte[] { 0x81, 0x20 }).Concat(good).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, TextDecoder.GB18030, bag, null);
        Assert.StartsWith("年鉴\uFFFD", text.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("年鉴", text.ToString(), StringComparison.Ordinal);
        var diagnostic = bag.ToArray()[0];
        Assert.Equal(new TextSpan(2, 1), diagnostic.Span);
        Assert.Contains("byte offset 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gbk_file_with_one_damaged_byte_is_still_detected_as_gb18030()
    {
        var bytes = TextDecoder.GB18030.GetBytes("魏都区第一行\n第二").Concat(new byte[] { 0xFF }).Concat(TextDecoder.GB18030.GetBytes("行\n")).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, null, bag, "gbkbad.txt");
        Assert.Equal("魏都区第一行\n第二\uFFFD行\n", text.ToString());
        Assert.Equal(["WD0002", "WD0001"], bag.ToArray().Select(d => d.Id));
        Assert.Contains("byte offset 17", bag.ToArray()[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_not_mistaken_for_gb18030()
    {
        var bytes = new byte[4096];
        new Random(20191).NextBytes(bytes);
        var bag = new DiagnosticBag();
        SourceText.From(bytes, null, bag, "noise.bin");
        Assert.DoesNotContain(bag.ToArray(), d => d.Id == "WD0002");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_lone_high_surrogate_in_utf16_is_reported_at_its_own_byte_offset(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] lone = bigEndian ? [0xD8, 0x00] : [0x00, 0xD8];
        var bytes = encoding.GetBytes("第二").Concat(lone).Concat(encoding.GetBytes("行")).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, encoding, bag, "x");
        Assert.Equal("第二\uFFFD行", text.ToString());
        var diagnostic = Assert.Single(bag.ToArray());
        Assert.Equal(new TextSpan(2, 1), diagnostic.Span);
        Assert.Contains("byte offset 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_offsets_count_the_byte_order_mark()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("第二")).Concat(new byte[] { 0x00, 0xDC }).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes, null, bag, "x");
        Assert.Equal("第二\uFFFD", text.ToString());
        Assert.Contains("byte offset 6", Assert.Single(bag.ToArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_utf8_download_stays_utf8_with_a_replacement_at_the_end()
    {
        var bytes = Encoding.UTF8.GetBytes("魏都区");
        var bag = new DiagnosticBag();
        var text = SourceText.From(bytes.AsSpan(0, 8), null, bag, "cut.txt");
        Assert.Equal("魏都\uFFFD", text.ToString());
        var diagnostic = Assert.Single(bag.ToArray());
        Assert.Equal("WD0001", diagnostic.Id);
        Assert.Contains("byte offset 6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_is_decoded_like_its_bytes()
    {
        var bytes = File.ReadAllBytes(YearbookPath);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(SourceText.From(bytes), SourceText.From(stream));
    }

    [Fact]
    public void Empty_input_is_an_empty_text_with_one_line()
    {
        var text = SourceText.From(ReadOnlySpan<byte>.Empty);
        Assert.Equal(0, text.Length);
        Assert.Single(text.Lines);
    }

    [Fact]
    public void Sub_text_shares_content_and_starts_at_zero()
    {
        var text = SourceText.From("特\n载\n## 在区委十四届七次全会上的讲话");
        var sub = text.GetSubText(new TextSpan(8, 5));
        Assert.Equal("区委十四届", sub.ToString());
        Assert.Equal('区', sub[0]);
    }

    [Fact]
    public void Yearbook_line_map_matches_snapshot()
    {
        var text = SourceText.From(File.ReadAllBytes(YearbookPath));
        var summary = new
        {
            text.Length,
            LineCount = text.Lines.Count,
            Checksum = Convert.ToHexString(text.GetChecksum().AsSpan()),
            FirstTitle = text.Lines.First(l => l.ToString().StartsWith("## ", StringComparison.Ordinal)) is var title
                ? new { Line = title.LineNumber + 1, Text = title.ToString(), title.Start, title.End }
                : null,
            LongestLine = text.Lines.MaxBy(l => l.Span.Length) is var longest
                ? new { Line = longest.LineNumber + 1, longest.Span.Length }
                : null,
        };
        Snapshot.Match(summary);
    }
}
