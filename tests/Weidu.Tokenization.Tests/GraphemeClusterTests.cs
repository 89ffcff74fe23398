using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Tokenization.Tests;

/// <summary>
/// No token boundary falls inside an extended grapheme cluster (UAX #29, as StringInfo finds them), with
/// two exceptions the token contract forces: a whitespace token holds only whitespace, so a mark after a
/// space, or a prepend mark before one, is cut from it; and a single cluster longer than a run may be
/// (4,096 code units, hostile input only) is cut into runs, to keep the buffers bounded.
/// </summary>
public sealed class GraphemeClusterTests
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    private const string ChinaFlag = "\U0001F1E8\U0001F1F3";
    private const string UsFlag = "\U0001F1FA\U0001F1F8";

    private static readonly ChineseTokenizer[] Tokenizers =
    [
        ChineseTokenizer.Default,
        ChineseTokenizer.Default.WithStandard(SegmentationStandard.Pku),
        ChineseTokenizer.Default.WithStandard(SegmentationStandard.Msr),
    ];

    // Cluster makers (ZWJ, variation selectors, skin tone, keycap, tags, regional indicators, combining
    // and spacing marks, a prepend mark, Hangul jamo, an Indic virama) and what they meet in Chinese
    // text: Han, ASCII, whitespace, line breaks, unpaired surrogates.
    private static readonly string[] Pieces =
    [
        "\U0001F468", "\U0001F469", "\U0001F467", "\u200D", "\u200C", "\uFE0F", "\uFE0E", "\uFE00", "\U000E0100", "\U0001F1E8",
        "\U0001F1F3", "\U0001F1FA", "\U0001F3FD", "\U0001F44D", "\u2764", "\u20E3", "\U0001F3F4", "\U000E0067", "\U000E007F",
        "\u0301", "\u0308", "\u0E01", "\u0E33", "\u0915", "\u094D", "\u0937", "\u0600", "\u1100", "\u1161", "\u11A8", "\uAC00",
        "#", "*", "1", "2", "a", "e", "PM2.5", "中", "国", "葛", "的", "人民", "申健民", "2019年", "第一", "（一）", "。", "……",
        " ", "\u3000", "\t", "\n", "\r", "\r\n", "\uD800", "\uDC00", "\U00020000",
    ];

    [Theory]
    [InlineData("一家人" + Family + "很好", Family, TokenKind.Symbol)]
    [InlineData("中国" + ChinaFlag + "加油", ChinaFlag, TokenKind.Symbol)]
    [InlineData("我\u2764\uFE0F你", "\u2764\uFE0F", TokenKind.Symbol)]
    [InlineData("点赞\U0001F44D\U0001F3FD。", "\U0001F44D\U0001F3FD", TokenKind.Symbol)]
    [InlineData("英格兰\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F队", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", TokenKind.Symbol)]
    [InlineData("按1\uFE0F\u20E3键", "1\uFE0F\u20E3", TokenKind.Number)]
    [InlineData("按#\uFE0F\u20E3键", "#\uFE0F\u20E3", TokenKind.Punctuation)]
    [InlineData("姓葛\U000E0100的人", "葛\U000E0100", TokenKind.Word)]
    [InlineData("中华人民共和国\uFE00成立", "中华人民共和国\uFE00", TokenKind.Word)]
    [InlineData("去cafe\u0301喝咖啡", "cafe\u0301", TokenKind.Latin)]
    [InlineData("太nai\u0308ve了", "nai\u0308ve", TokenKind.Latin)]
    [InlineData("한\u1100\u1161\u11A8글", "\u1100\u1161\u11A8", TokenKind.Word)]
    public void A_grapheme_cluster_is_never_split_and_its_token_keeps_its_first_characters_kind(string text, string cluster, TokenKind kind)
    {
        foreach (var tokenizer in Tokenizers)
        {
            var start = text.IndexOf(cluster, StringComparison.Ordinal);
            var token = Assert.Single(tokenizer.Tokenize(text).AsSpan().ToArray(), t => t.Start <= start && t.End > start);
            Assert.Equal((start, start + cluster.Length, kind), (token.Start, token.End, token.Kind));
        }
    }

    [Fact]
    public void The_text_format_never_shows_a_joiner_or_a_selector_alone()
    {
        const string Text = "一家人" + Family + "去" + ChinaFlag + UsFlag + "旅游\u2764\uFE0F\U0001F44D\U0001F3FD";
        var tokens = ChineseTokenizer.Default.Tokenize(Text).AsSpan().ToArray();
        Assert.Equal(["一家人", Family, "去", ChinaFlag, UsFlag, "旅游", "\u2764\uFE0F", "\U0001F44D\U0001F3FD"], tokens.Select(t => Text[t.Start..t.End]));
        Assert.DoesNotContain("\u200D ", string.Join(" ", tokens.Select(t => Text[t.Start..t.End])), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChinaFlag + UsFlag + "\U0001F1E8", new[] { ChinaFlag, UsFlag, "\U0001F1E8" })]
    [InlineData("\r\n\u0301", new[] { "\r\n", "\u0301" })]
    [InlineData("好\n\u200D\U0001F467", new[] { "好", "\n", "\u200D", "\U0001F467" })]
    [InlineData("好 \u0301了", new[] { "好", " ", "\u0301", "了" })]
    [InlineData("\u0600 好", new[] { "\u0600", " ", "好" })]
    public void Regional_indicators_pair_up_and_line_breaks_and_whitespace_stay_apart(string text, string[] expected)
    {
        var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray();
        Assert.Equal(expected, tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void A_cluster_across_the_run_length_limit_is_kept_whole()
    {
        foreach (var cluster in new[] { Family, ChinaFlag, "\U0001F44D\U0001F3FD", "葛\U000E0100", "e\u0301" })
        {
            for (var before = 4090; before <= 4096; before++)
            {
                var text = new string('，', before) + cluster + ChinaFlag + "好";
                var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray();
                Assert.Contains(tokens, t => t.Start == before && t.End == before + cluster.Length);
                Assert.Contains(tokens, t => t.Start == before + cluster.Length && t.End == before + cluster.Length + ChinaFlag.Length);
            }
        }
    }

    [Fact]
    public void Only_a_cluster_longer_than_a_run_is_cut_and_never_inside_a_surrogate_pair()
    {
        var text = "a" + new string('\u0301', 5000) + "好" + new string('\u200D', 4094) + "\U0001F3FD\U0001F3FD";
        var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray();
        // The third run reaches its limit inside the first skin tone's surrogate pair, and stops before it.
        Assert.Equal([(0, 4096), (4096, 5001), (5001, 9096), (9096, 9100)], tokens.Select(t => (t.Start, t.End)));
        Assert.Equal(TokenKind.Latin, tokens[0].Kind);
    }

    [Fact]
    public void Every_code_point_that_can_join_a_cluster_is_flagged_by_its_first_code_unit()
    {
        // The fast path treats every position as a boundary when no code unit of a run is flagged.
        Span<char> text = stackalloc char[4];
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var rune = new Rune(cp);
            var length = rune.EncodeToUtf16(text);
            if (CharFolding.MayJoinGrapheme(text[0]))
            {
                continue;
            }

            Assert.False(JoinsWith(rune, new Rune('a'), text), $"U+{cp:X4} joins a following letter");
            Assert.False(JoinsWith(new Rune('a'), rune, text), $"U+{cp:X4} joins a preceding letter");
            Assert.False(JoinsWith(rune, rune, text), $"U+{cp:X4} joins itself");
            _ = length;
        }

        static bool JoinsWith(Rune first, Rune second, Span<char> buffer)
        {
            var n = first.EncodeToUtf16(buffer);
            var m = second.EncodeToUtf16(buffer[n..]);
            return StringInfo.GetNextTextElementLength(buffer[..(n + m)]) == n + m;
        }
    }

    [Property(MaxTest = 300)]
    public Property No_token_boundary_falls_inside_a_grapheme_cluster() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            var boundaries = Boundaries(text);
            foreach (var tokenizer in Tokenizers)
            {
                var position = 0;
                foreach (var token in tokenizer.Tokenize(text))
                {
                    var start = token.Start;
                    if (start != position ||
                        (!boundaries.Contains(start) && !char.IsWhiteSpace(text[start - 1]) && !char.IsWhiteSpace(text[start])))
                    {
                        return false;
                    }

                    position = token.End;
                }

                if (position != text.Length)
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>The positions where StringInfo starts an extended grapheme cluster, and the end.</summary>
    internal static HashSet<int> Boundaries(string text)
    {
        var boundaries = new HashSet<int> { 0, text.Length };
        for (var p = 0; p < text.Length; p += StringInfo.GetNextTextElementLength(text.AsSpan(p)))
        {
            boundaries.Add(p);
        }

        return boundaries;
    }
}
