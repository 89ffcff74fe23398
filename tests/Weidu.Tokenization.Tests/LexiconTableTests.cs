using Weidu.Tokenization.Lexicon;

namespace Weidu.Tokenization.Tests;

/// <summary>The lexicon's per-character tables read the way the hot loops read them agree with the tables they come from.</summary>
public sealed class LexiconTableTests
{
    private static readonly CompiledLexicon Lexicon = CompiledLexicon.Shared;

    [Fact]
    public void The_name_model_by_trie_code_agrees_with_the_tables_by_character()
    {
        var finite = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var code = Lexicon.CodeOf((char)c);
            Assert.Equal(Lexicon.SurnameLogProbability[c], Lexicon.SurnameLogProbabilityByCode[code]);
            Assert.Equal(Lexicon.GivenNameLogProbability[c], Lexicon.GivenNameLogProbabilityByCode[code]);
            finite += float.IsFinite(Lexicon.GivenNameLogProbability[c]) ? 1 : 0;
        }

        // Traditional forms fold to their simplified characters, which the model holds.
        Assert.True(finite > 1000);
        Assert.True(float.IsFinite(Lexicon.GivenNameLogProbabilityByCode[Lexicon.CodeOf('華')]));
    }

    /// <summary>
    /// The characters jieba's transliterated names are made of: 沙, 米, 拉 and 斯 are, 都, 的, 和 and 同 are not, and a
    /// traditional form reads as its simplified one (薩 as 萨); a few hundred in all.
    /// </summary>
    [Fact]
    public void The_transliteration_characters_are_those_of_foreign_names()
    {
        Assert.All("沙米拉塔里斯萨薩弗", c => Assert.True(Lexicon.IsTransliteration(c), c.ToString()));
        Assert.All("都的和同在向", c => Assert.False(Lexicon.IsTransliteration(c), c.ToString()));
        var count = Enumerable.Range(0, char.MaxValue + 1).Count(c => Lexicon.IsTransliteration((char)c));
        Assert.InRange(count, 200, 400);
    }

    [Fact]
    public void The_traits_a_run_gathers_are_the_character_rules()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var traits = Lexicon.TraitsOf((char)c);
            Assert.True((c == '月') == ((traits & CharacterTraits.Month) != 0), $"U+{c:X4}");
            Assert.True(CharFolding.MayJoinGrapheme((char)c) == ((traits & CharacterTraits.MayJoinGrapheme) != 0), $"U+{c:X4}");
        }
    }

    [Fact]
    public void The_unknown_word_model_reads_a_character_as_its_folded_form()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(Lexicon.HmmRow(Lexicon.Fold((char)c)), Lexicon.HmmRow((char)c));
            var byCode = Lexicon.HmmRowByCode(Lexicon.CodeOf((char)c));
            Assert.True(byCode == Lexicon.HmmRow((char)c) || (byCode == -1 && !Lexicon.TryGetWord(((char)c).ToString(), out _)), $"U+{c:X4}");
        }

        Assert.NotEqual(Lexicon.HmmRow('x'), Lexicon.HmmRow('華'));
        Assert.Equal(Lexicon.HmmRow('华'), Lexicon.HmmRow('華'));
    }
}
