namespace Weidu.Entities.Tests;

/// <summary>
/// How organisation and place bodies meet the names around them (sentences written for these tests, not taken from
/// any gold set): a place heads the organisation after it, a listed name keeps its bounds, and a suffix after a word
/// of the sentence names nothing.
/// </summary>
public sealed class OrganizationAndPlaceTests
{
    private static readonly EntityTagger Tagger = new();

    private static string[] Texts(string text, EntityType type) =>
        Tagger.Tag(text).AsImmutableArray().Where(m => m.Type == type).Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("日本女队昨天抵达赛地。", "日本女队")]
    [InlineData("深圳华为公司推出新产品。", "深圳华为公司")]
    [InlineData("山西省残联举办培训班。", "山西省残联")]
    [InlineData("中共河北省委召开全会。", "中共河北省委")]
    [InlineData("天津琉璃河水泥厂扩建了生产线。", "天津琉璃河水泥厂")]
    public void A_place_before_an_organisation_is_part_of_its_name(string text, string name)
    {
        Assert.Equal([name], Texts(text, EntityType.Organization));
        Assert.Empty(Texts(text, EntityType.Location));
    }

    [Theory]
    [InlineData("新开辟的航线由阿根廷航空公司经营。", "阿根廷航空公司")]
    [InlineData("双方举行会谈并战胜南非队。", "南非队")]
    public void An_organisation_starts_at_the_place_that_heads_it(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Organization));

    [Fact]
    public void A_listed_place_keeps_its_bounds_before_a_place_suffix() =>
        Assert.Equal(["上海"], Texts("货轮今天驶离上海。", EntityType.Location));

    [Fact]
    public void A_province_before_a_city_is_a_place_of_its_own() =>
        Assert.Equal(["江苏", "泰兴市"], Texts("他来自江苏泰兴市。", EntityType.Location));

    [Theory]
    [InlineData("他们肯定会来参加。")]
    [InlineData("这两家公司合并了。")]
    [InlineData("新政府成立后推行改革。")]
    [InlineData("这是由价值观念所决定的。")]
    [InlineData("她的女儿要考大学。")]
    [InlineData("他在比赛中苦战五局。")]
    public void A_suffix_after_a_word_of_the_sentence_names_no_organisation(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));

    [Theory]
    [InlineData("双方表明了中美加强合作的意愿。", new[] { "中", "美" })]
    [InlineData("青藏铁路全线通车。", new[] { "青", "藏" })]
    public void Two_abbreviated_places_are_two_places(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("他是一名共产党员。")]
    [InlineData("我们给中国大学生上课。")]
    public void A_listed_organisation_inside_a_longer_word_is_no_organisation(string text) =>
        Assert.Empty(Texts(text, EntityType.Organization));
}
