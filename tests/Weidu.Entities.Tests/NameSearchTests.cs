namespace Weidu.Entities.Tests;

public class NameSearchTests
{
    [Theory]
    [InlineData("区委书记张书国调研", "张书国", true)]
    [InlineData("区委书记张书\n国调研", "张书国", true)]
    [InlineData("区委书记张 书\r\n 国调研", "张书国", true)]
    [InlineData("张张书国", "张书国", true)]
    [InlineData("区委书记张书杰调研", "张书国", false)]
    [InlineData("张书、国", "张书国", false)]
    [InlineData("书国张", "张书国", false)]
    [InlineData("", "张书国", false)]
    [InlineData("曹魏古城", " 曹魏 古城", true)]
    public void A_name_may_occur_only_where_its_characters_follow_one_another_but_for_whitespace(string text, string name, bool expected) =>
        Assert.Equal(expected, Gazetteer.MayAnyOccurIn(text, [name]));

    [Fact]
    public void Every_kind_of_whitespace_is_skipped()
    {
        // The tagger's view drops OCR whitespace of any kind; the search must not miss a name split by a rarer one.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c))
            {
                Assert.True(Gazetteer.MayAnyOccurIn($"张书{c}国", ["张书国"]), $"U+{(int)c:X4}");
            }
        }
    }

    [Fact]
    public void Any_of_several_names_is_enough() =>
        Assert.True(Gazetteer.MayAnyOccurIn("范耀江出席", ["张书国", "范耀江"]));
}
