using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// What a transliterated foreign name looks like (克林顿, 阿拉法特, 斯捷帕申): a run of characters that are used far
/// more often to spell foreign sounds than in running text.
/// </summary>
/// <remarks>
/// The scores (Data/transliteration-scores.tsv, made by Data/make_transliteration_scores.py from jieba's MIT-licensed
/// dictionary) are the log of how much more often a character is used in the dictionary's transliterated names (nrt)
/// than in its other words: 斯 and 尔 score high, 的 and 地 low. The hand-written transliteration characters of the
/// middle-dot grammar count as name-like too, where the dictionary has too few names to score them (钦, 贾) or scores
/// them low for their other uses (华, 汉). No gold NER data was read.
/// </remarks>
internal static class TransliterationModel
{
    /// <summary>The least score of a character that may be part of a transliterated name.</summary>
    public const float MinCharacterScore = 1f;

    // Indexed by the character: the scan asks at almost every position.
    private static readonly float[] Scores = Load();

    // The characters scoring at least MinCharacterScore, a bit each: 8 KB stay in the cache where the scores' 256 KB
    // do not, and most positions ask only whether their character is one.
    private static readonly BitSet Transliterations = LoadTransliterations();

    /// <summary>How much more often <paramref name="c"/> spells a foreign name than it is used in running text (natural log).</summary>
    public static float Score(char c) => Scores[c];

    /// <summary>Whether <paramref name="c"/> may be part of a transliterated name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTransliteration(char c) => Transliterations.Contains(c);

    private static BitSet LoadTransliterations()
    {
        var set = new BitSet();
        for (var c = 0; c < Scores.Length; c++)
        {
            if (Scores[c] >= MinCharacterScore)
            {
                set.Add((char)c);
            }
        }

        return set;
    }

    private static float[] Load()
    {
        var scores = NameModel.LoadCharacterScores("transliteration-scores.tsv");
        for (var c = 0; c < scores.Length; c++)
        {
            var score = float.IsNaN(scores[c]) ? float.NegativeInfinity : scores[c];
            scores[c] = Grammar.Transliteration.Contains((char)c) ? Math.Max(score, MinCharacterScore) : score;
        }

        return scores;
    }
}
