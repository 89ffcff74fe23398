using System.Buffers;

namespace Weidu.Tokenization;

/// <summary>
/// One-to-one character folding applied before any lookup (never to the text itself, so offsets
/// never move): full-width ASCII forms to ASCII, the ideographic space to a space.
/// </summary>
internal static class CharFolding
{
    private const byte HanFlag = 1;
    private const byte SurnameFlag = 2;
    private const byte ChineseNumeralFlag = 4;
    private const byte AsciiLetterOrDigitFlag = 8;
    private const byte RuleStartFlag = 16;
    private const byte GraphemeJoinerFlag = 32;
    private const byte DateSuffixFlag = 64;
    private const byte TitleEndFlag = 128;

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> is true of, for vectorised searches for the end of a block.</summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    // One table lookup answers the questions the lattice asks of every character.
    private static readonly byte[] Flags = CreateFlags();

    // The kind of every UTF-16 unit standing alone: the single-character fallback (punctuation most
    // of all) reads a table instead of the runtime's Unicode category tables.
    private static readonly TokenKind[] Kinds = CreateKinds();

    public static bool IsSurname(char c) => (Flags[c] & SurnameFlag) != 0;

    public static bool IsChineseNumeral(char c) => (Flags[c] & ChineseNumeralFlag) != 0;

    /// <summary>Whether a number, Latin-run, ordinal or list-marker rule can start at this character.</summary>
    public static bool MayStartRule(char c) => (Flags[c] & RuleStartFlag) != 0;

    /// <summary>
    /// 年, 月, 日 or 号, which end a date's parts. Every token is asked, and a table read answers with
    /// one branch the processor predicts, where comparing with the four characters took several it
    /// could not.
    /// </summary>
    public static bool IsDateSuffix(char c) => (Flags[c] & DateSuffixFlag) != 0;

    /// <summary>
    /// The last character of a title (<see cref="Segmenter.Titles"/>): the name model asks it of the
    /// character before every surname, where a set search took several times a table read.
    /// </summary>
    public static bool IsTitleEnd(char c) => (Flags[c] & TitleEndFlag) != 0;

    /// <summary>An ASCII letter or digit, in half-width or full-width form.</summary>
    public static bool IsLatinOrDigit(char c) => (Flags[c] & AsciiLetterOrDigitFlag) != 0;

    /// <summary>
    /// Whether a grapheme cluster may go on across this code unit (see <see cref="GraphemeClusters"/>):
    /// when none of a text's code units may, every position outside a surrogate pair is a cluster boundary.
    /// </summary>
    public static bool MayJoinGrapheme(char c) => (Flags[c] & GraphemeJoinerFlag) != 0;

    /// <summary>Whether any code unit of the text may continue a grapheme cluster across it.</summary>
    public static bool ContainsGraphemeJoiner(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((Flags[c] & GraphemeJoinerFlag) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A combining mark of the BMP (an accent, a variation selector, the keycap), which belongs to the letter before it.</summary>
    public static bool IsCombiningMark(char c) =>
        MayJoinGrapheme(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or
            System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>CJK ideographs (the BMP blocks; astral ones arrive as surrogate pairs), and 〇.</summary>
    public static bool IsHan(char c) => (Flags[c] & HanFlag) != 0;

    /// <summary>A high surrogate of the supplementary ideographic planes (U+20000–U+3FFFF).</summary>
    public static bool IsAstralHanHighSurrogate(char c) => c is >= '\uD840' and <= '\uD8BF';

    public static bool IsAsciiDigit(char folded) => char.IsAsciiDigit(folded);

    public static bool IsAsciiLetter(char folded) => char.IsAsciiLetter(folded);

    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>
    /// Whitespace other than a line break. Every character <see cref="char.IsWhiteSpace(char)"/> is
    /// true of is at or below U+3000, where Chinese text is above it: a block of it starts here, and
    /// the runtime's answer for a character past Latin-1 is a walk through its Unicode tables.
    /// </summary>
    public static bool IsWhitespace(char c) => c <= '\u3000' && char.IsWhiteSpace(c) && !IsLineBreak(c);

    /// <summary>The kind of a token made of one character (or one surrogate pair) that no rule or word claimed.</summary>
    public static TokenKind KindOf(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return IsAstralHanHighSurrogate(c) ? TokenKind.Word : TokenKind.Symbol;
        }

        return Kinds[c];
    }

    private static TokenKind KindOfUnit(char c)
    {
        var folded = Fold(c);
        if (IsHan(c))
        {
            return TokenKind.Word;
        }

        if (IsAsciiDigit(folded))
        {
            return TokenKind.Number;
        }

        if (IsAsciiLetter(folded))
        {
            return TokenKind.Latin;
        }

        return char.GetUnicodeCategory(c) switch
        {
            System.Globalization.UnicodeCategory.ConnectorPunctuation or
            System.Globalization.UnicodeCategory.DashPunctuation or
            System.Globalization.UnicodeCategory.OpenPunctuation or
            System.Globalization.UnicodeCategory.ClosePunctuation or
            System.Globalization.UnicodeCategory.InitialQuotePunctuation or
            System.Globalization.UnicodeCategory.FinalQuotePunctuation or
            System.Globalization.UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            System.Globalization.UnicodeCategory.UppercaseLetter or
            System.Globalization.UnicodeCategory.LowercaseLetter or
            System.Globalization.UnicodeCategory.TitlecaseLetter or
            System.Globalization.UnicodeCategory.ModifierLetter or
            System.Globalization.UnicodeCategory.OtherLetter or
            System.Globalization.UnicodeCategory.DecimalDigitNumber or
            System.Globalization.UnicodeCategory.LetterNumber or
            System.Globalization.UnicodeCategory.OtherNumber => TokenKind.Word,
            _ => TokenKind.Symbol,
        };
    }

    private static TokenKind[] CreateKinds()
    {
        var kinds = new TokenKind[65536];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = KindOfUnit((char)i);
        }

        return kinds;
    }

    private static byte[] CreateFlags()
    {
        var flags = new byte[65536];
        for (var i = 0; i < flags.Length; i++)
        {
            var c = (char)i;
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007')
            {
                flags[i] |= HanFlag;
            }

            if (char.IsAsciiLetterOrDigit(Fold(c)))
            {
                flags[i] |= AsciiLetterOrDigitFlag | RuleStartFlag;
            }

            if (Fold(c) == '(' || c == '第')
            {
                flags[i] |= RuleStartFlag;
            }

            // Nothing below U+0300, no ideograph and no Hangul syllable extends or prepends to a cluster
            // (a syllable joins only a jamo, which is flagged): skipping them keeps the table cheap to build.
            if (c >= '\u0300' && (flags[i] & HanFlag) == 0 && c is not (>= '\uAC00' and <= '\uD7A3') && GraphemeClusters.MayJoin(c))
            {
                flags[i] |= GraphemeJoinerFlag;
            }
        }

        foreach (var c in "年月日号")
        {
            flags[c] |= DateSuffixFlag;
        }

        foreach (var c in Lexicon.Surnames.Common)
        {
            flags[c] |= SurnameFlag;
        }

        foreach (var c in "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿")
        {
            flags[c] |= ChineseNumeralFlag | RuleStartFlag;
        }

        foreach (var title in Segmenter.Titles)
        {
            flags[title[^1]] |= TitleEndFlag;
        }

        return flags;
    }
}
