using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;

namespace Weidu.Tokenization.Tests;

/// <summary>Properties that hold for any input: lossless coverage, determinism, user words, line independence.</summary>
public sealed class TokenizerPropertyTests
{
    private static readonly ChineseTokenizer[] Tokenizers =
    [
        ChineseTokenizer.Default,
        ChineseTokenizer.Default.WithStandard(SegmentationStandard.Pku),
        ChineseTokenizer.Default.WithStandard(SegmentationStandard.Msr),
    ];

    // Pieces chosen to hit every path: lexicon words, numbers and units, Latin runs, full-width forms,
    // punctuation runs, whitespace and line breaks, emoji, astral CJK, unpaired surrogates, controls,
    // and what joins grapheme clusters (ZWJ, selectors, marks, regional indicators, prepend, jamo).
    private static readonly string[] Pieces =
    [
        "中华人民共和国", "机构改革", "申健民", "李朝锋", "同志", "的", "了", "魏都区", "二○一九年", "2019年", "3月", "5日",
        "1~10月份", "40多天", "3.65万元", "7.02微克/立方米", "55.02%", "PM2.5", "5G", "第一", "（一）", "（", "）", "一", "十",
        "万", "年", "ＡＢＣ", "１２３", "．", "％", "，", "。", "、", "……", "——", "-", "~", "/", "“", "”", " ", "  ", "\t", "\u3000",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "😀", "𠀀", "𪚥", "\uD800", "\uDC00", "\uDBFF", "\u0000", "\u0007", "\u200B",
        "\uFEFF", "a", "Z", "é", "ß", "Ω", "я", "あ", "한", "#", "+", "C++", "臺灣", "說話", "○", "〇", "0", "9",
        "\u200D", "\uFE0F", "\u0301", "\U0001F1E8", "\U0001F3FD", "\U000E0100", "\u0600", "\u1100", "\u1161",
    ];

    private static Arbitrary<string> Texts()
    {
        var piece = Gen.OneOf(
            Gen.Elements(Pieces),
            Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()),
            Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString()));
        return Gen.ListOf(piece).Select(p => string.Concat(p)).ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property Tokens_cover_the_text_exactly_in_order_without_empties() =>
        Prop.ForAll(Texts(), text =>
        {
            foreach (var tokenizer in Tokenizers)
            {
                var position = 0;
                foreach (var token in tokenizer.Tokenize(text))
                {
                    if (token.Start != position || token.Span.IsEmpty || token.Tag.Length == 0)
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

    [Property(MaxTest = 200)]
    public Property Tokenizing_is_deterministic_and_the_enumerator_agrees() =>
        Prop.ForAll(Texts(), text =>
        {
            var first = ChineseTokenizer.Default.Tokenize(text);
            var second = ChineseTokenizer.Create().Tokenize(text);
            var enumerated = new List<Token>();
            foreach (var token in ChineseTokenizer.Default.EnumerateTokens(text))
            {
                enumerated.Add(token);
            }

            return first == second && first.AsSpan().SequenceEqual(enumerated.ToArray());
        });

    [Property(MaxTest = 200)]
    public Property No_token_splits_a_surrogate_pair_or_crosses_a_line_break() =>
        Prop.ForAll(Texts(), text =>
        {
            foreach (var token in ChineseTokenizer.Default.Tokenize(text))
            {
                var inside = text.AsSpan(token.Start, token.Span.Length);
                if (char.IsLowSurrogate(inside[0]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]))
                {
                    return false;
                }

                if (inside.ContainsAny('\r', '\n') && token.Kind != TokenKind.Whitespace)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 200)]
    public Property A_text_tokenizes_as_its_lines_do() =>
        Prop.ForAll(Texts(), text =>
        {
            var source = SourceText.From(text);
            foreach (var tokenizer in Tokenizers)
            {
                var whole = tokenizer.Tokenize(source, new TextSpan(0, source.Length));
                var byLine = new List<Token>();
                foreach (var line in source.Lines)
                {
                    byLine.AddRange(tokenizer.Tokenize(source, line.SpanIncludingLineBreak).AsSpan().ToArray());
                }

                if (!whole.AsSpan().SequenceEqual(byLine.ToArray()))
                {
                    return false;
                }
            }

            return true;
        });

    /// <summary>The lexicon's words reach the best path by two routes (see the yearbook test of the same name).</summary>
    [Property(MaxTest = 200)]
    public Property A_user_dictionary_that_matches_nothing_changes_nothing() =>
        Prop.ForAll(Texts(), text =>
        {
            var unused = UserDictionary.Empty.Add("龘靐齉");
            return text.Contains('龘', StringComparison.Ordinal) ||
                Tokenizers.All(tokenizer => tokenizer.Tokenize(text) == tokenizer.Tokenize(text, unused));
        });

    [Property(MaxTest = 200)]
    public Property A_user_word_is_produced_whole() =>
        Prop.ForAll(
            Gen.Elements("魏都区委", "裕丰纺织", "许昌市", "高铁站", "二○一九", "天宝路", "胡五岳", "5G基站", "申健").ToArbitrary(),
            Texts(),
            Texts(),
            (word, before, after) =>
            {
                // Keep the word's own characters out of its context, so no other occurrence competes with it.
                var prefix = new string(before.Where(c => !word.Contains(c, StringComparison.Ordinal)).ToArray());
                var text = prefix + word + after;
                var overlay = UserDictionary.Empty.Add(word);

                // No token boundary falls inside a grapheme cluster: a mark after the word joins its
                // token, and a prepend mark before it (in no Chinese text) leaves no place to start it.
                var boundaries = GraphemeClusterTests.Boundaries(text);
                if (!boundaries.Contains(prefix.Length))
                {
                    return true;
                }

                var end = prefix.Length + word.Length;
                while (!boundaries.Contains(end))
                {
                    end++;
                }

                foreach (var tokenizer in Tokenizers)
                {
                    var tokens = tokenizer.Tokenize(text, overlay);
                    if (!tokens.AsSpan().ToArray().Any(t => t.Start == prefix.Length && t.End == end))
                    {
                        return false;
                    }

                    var viaBuilder = tokenizer.WithUserDictionary(overlay).Tokenize(text);
                    if (viaBuilder != tokens)
                    {
                        return false;
                    }
                }

                return true;
            });
}
