using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Tokenization.Lexicon;

namespace Weidu.Tokenization.Tests;

/// <summary>
/// The unknown-word model's Viterbi, which keeps its scores in locals, gives the states of jieba's
/// finalseg written plainly, with a table of scores, for any stretch of characters.
/// </summary>
public sealed class UnknownWordModelTests
{
    private static readonly CompiledLexicon Lexicon = CompiledLexicon.Shared;

    /// <summary>jieba's finalseg as the segmenter had it: a table of scores, each state from its two allowed predecessors.</summary>
    private static byte[] ReferenceStates(string text)
    {
        const int B = 0, M = 1, E = 2, S = 3;
        (int State, int From1, int From2)[] steps = [(B, E, S), (M, M, B), (E, B, M), (S, S, E)];
        var v = new double[text.Length, 4];
        var back = new int[text.Length, 4];
        for (var state = 0; state < 4; state++)
        {
            v[0, state] = Lexicon.HmmStart[state] + Lexicon.HmmEmission[Lexicon.HmmRow(text[0]) + state];
        }

        for (var t = 1; t < text.Length; t++)
        {
            foreach (var (state, from1, from2) in steps)
            {
                var p1 = v[t - 1, from1] + Lexicon.HmmTransition[(from1 * 4) + state];
                var p2 = v[t - 1, from2] + Lexicon.HmmTransition[(from2 * 4) + state];
                var emit = Lexicon.HmmEmission[Lexicon.HmmRow(text[t]) + state];
                (v[t, state], back[t, state]) = p1 >= p2 ? (p1 + emit, from1) : (p2 + emit, from2);
            }
        }

        var states = new byte[text.Length];
        var current = v[text.Length - 1, E] >= v[text.Length - 1, S] ? E : S;
        for (var t = text.Length - 1; t >= 0; t--)
        {
            states[t] = (byte)current;
            current = back[t, current];
        }

        return states;
    }

    private static byte[] States(string text)
    {
        var back = new byte[text.Length * 4];
        var states = new byte[text.Length];
        var codes = text.Select(Lexicon.CodeOf).ToArray();
        Segmenter.UnknownWordStates(Lexicon, text, codes, back, states);
        return states;
    }

    [Fact]
    public void Every_han_stretch_of_the_yearbook_gets_the_reference_states()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var checkedStretches = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && CharFolding.IsHan(text[end]))
            {
                end++;
            }

            if (end - start >= 2)
            {
                var stretch = text[start..end];
                Assert.Equal(ReferenceStates(stretch), States(stretch));
                checkedStretches++;
            }

            start = end + 1;
        }

        Assert.True(checkedStretches > 1000);
    }

    [Property(MaxTest = 300)]
    public Property Any_stretch_gets_the_reference_states()
    {
        // Common and rare Han characters, traditional forms, characters the model does not know.
        var character = Gen.OneOf<char>(
            Gen.Elements("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质".ToCharArray()),
            Gen.Elements("臺灣經濟發展與國際關係".ToCharArray()),
            Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c),
            Gen.Elements('x', '，', "😀"[0]));
        var texts = Gen.ListOf(character).Where(c => c.Count >= 2).Select(c => new string([.. c])).ToArbitrary();
        return Prop.ForAll(texts, text => ReferenceStates(text).AsSpan().SequenceEqual(States(text)));
    }
}
