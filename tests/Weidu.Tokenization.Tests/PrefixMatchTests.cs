using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Tokenization.Lexicon;

namespace Weidu.Tokenization.Tests;

/// <summary>
/// The walk that finds every lexicon word of a run at once (all positions advancing together) finds
/// exactly what looking each substring up on its own finds, in the order the lattice expects.
/// </summary>
public sealed class PrefixMatchTests
{
    // The longest word of jieba's dictionary (侵华日军南京大屠杀遇难同胞纪念馆); a longer match fails the comparison.
    private const int LongestWord = 16;

    // Any value tells a word of two or more characters from a single one; not the segmenter's, so a
    // walk that ignored the parameter would fail.
    private const float MultiCharacterBonus = 3.25f;

    private static readonly CompiledLexicon Lexicon = CompiledLexicon.Shared;

    private static readonly string[] Pieces =
    [
        "中华人民共和国", "侵华日军南京大屠杀遇难同胞纪念馆", "机构改革", "改革开放", "的", "了", "魏都区", "人民政府", "臺灣",
        "經濟發展", "２０１９", "年", "月", "ＡＢＣ", "abc", "，", "。", "😀", "𠀀", "\uD800", "\u200D", " ",
    ];

    /// <summary>The words at each position by looking every substring up, with their scores; shortest first.</summary>
    private static List<(int Start, int End, float Score, string Tag)> LookUpEach(string run)
    {
        var words = new List<(int, int, float, string)>();
        for (var i = 0; i < run.Length; i++)
        {
            for (var end = i + 1; end <= Math.Min(run.Length, i + LongestWord); end++)
            {
                if (Lexicon.TryGetWord(run.AsSpan(i, end - i), out var entry))
                {
                    var logProbability = (float)(Math.Log(entry.Frequency) - Lexicon.LogTotal);
                    words.Add((i, end, end - i > 1 ? logProbability + MultiCharacterBonus : logProbability, entry.Tag));
                }
            }
        }

        return words;
    }

    private static List<(int Start, int End, float Score, string Tag)> MatchAll(string run, PrefixMatchTable table)
    {
        Lexicon.MatchAllPrefixes(run, table, MultiCharacterBonus, CharacterTraits.Surname | CharacterTraits.NoSingleWord);
        var words = new List<(int, int, float, string)>();
        for (var i = 0; i < run.Length; i++)
        {
            foreach (var match in table.At(i))
            {
                words.Add((i, i + match.Length, match.Score, Lexicon.Tags[match.Tag]));
            }
        }

        return words;
    }

    private static void AssertSameWords(string run, PrefixMatchTable table)
    {
        var expected = LookUpEach(run);
        var actual = MatchAll(run, table);
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal((expected[k].Start, expected[k].End, expected[k].Tag), (actual[k].Start, actual[k].End, actual[k].Tag));

            // The compiler divides before taking the logarithm; the reference subtracts logarithms.
            Assert.Equal(expected[k].Score, actual[k].Score, 4);
        }

        // The marked positions: those whose character is a surname or no word by itself, in order.
        var marked = Enumerable.Range(0, run.Length)
            .Where(i => Lexicon.IsSurname(run[i]) || !Lexicon.TryGetWord(run.AsSpan(i, 1), out _))
            .ToArray();
        Assert.Equal(marked, table.Marked.AsSpan(0, table.MarkedCount).ToArray());

        // The passes a run may skip: the date merge without 月, the cluster alignment without a
        // character that may join a grapheme cluster.
        Assert.Equal(run.Contains('月', StringComparison.Ordinal), (table.RunTraits & CharacterTraits.Month) != 0);
        Assert.Equal(CharFolding.ContainsGraphemeJoiner(run), (table.RunTraits & CharacterTraits.MayJoinGrapheme) != 0);

        // Whether a stretch is a word, as the unknown-word model and the name model ask the table.
        var known = expected.Select(w => (w.Start, w.End)).ToHashSet();
        for (var start = 0; start < run.Length; start++)
        {
            for (var end = start + 1; end <= Math.Min(run.Length, start + LongestWord + 1); end++)
            {
                Assert.Equal(known.Contains((start, end)), table.ContainsWord(start, end));
            }
        }
    }

    [Fact]
    public void Every_word_of_the_yearbook_is_found_where_it_starts_shortest_first()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var table = new PrefixMatchTable();
        var runs = text.Split((char[])[' ', '\n', '\r', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        Assert.True(runs.Length > 1000);

        // One table for all the runs, short and long in turn, as a thread's scratch is reused.
        foreach (var run in runs)
        {
            AssertSameWords(run[..Math.Min(run.Length, Segmenter.MaxRunLength)], table);
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_text_gives_the_words_a_lookup_of_each_substring_gives()
    {
        var piece = Gen.OneOf(
            Gen.Elements(Pieces),
            Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString()),
            Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()));
        var texts = Gen.ListOf(piece).Select(p => string.Concat(p)).ToArbitrary();
        var table = new PrefixMatchTable();
        return Prop.ForAll(texts, text =>
        {
            AssertSameWords(text, table);
            return true;
        });
    }
}
