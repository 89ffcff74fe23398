using FsCheck;
using FsCheck.Fluent;
using Weidu.Pipeline.BuiltIns;

namespace Weidu.Pipeline.Tests;

public class CharacterSignatureTests
{
    [Fact]
    public void A_name_with_a_character_the_text_lacks_is_ruled_out()
    {
        var signature = CharacterSignature.Of("区委书记张书杰到曹魏古城南大街调研");

        Assert.True(signature.MayContainAll("张书杰"));
        Assert.True(signature.MayContainAll("张 书\n杰"));
        Assert.False(signature.MayContainAll("胡五岳"));
        Assert.False(CharacterSignature.Of(string.Empty).MayContainAll("张"));
        Assert.True(CharacterSignature.Of(string.Empty).MayContainAll(" "));
        Assert.False(signature.MayContainAny(["胡五岳", "史根治"]));
        Assert.True(signature.MayContainAny(["胡五岳", "古城"]));
    }

    [Fact]
    public void Every_piece_of_a_text_may_be_in_it_whatever_whitespace_splits_the_piece()
    {
        var chars = Gen.OneOf(Gen.Choose(0x4E00, 0x9FFF), Gen.Choose(0x20, 0x7E), Gen.Choose(0, 0xFFFF)).Select(i => (char)i);
        Prop.ForAll(
            Gen.ArrayOf(chars).Select(a => new string(a)).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Choose(0, 6).ToArbitrary(),
            (text, start, length) =>
            {
                start = text.Length == 0 ? 0 : start % text.Length;
                var piece = text.Substring(start, Math.Min(length, text.Length - start));
                Assert.True(CharacterSignature.Of(text).MayContainAll(string.Join(" ", piece.ToCharArray())));
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
