namespace Weidu.Entities.Tests;

/// <summary>
/// The conventions of news text the tagger follows besides the yearbook's (sentences written for these tests, not
/// taken from any gold set): abbreviated countries, places before generic words, foreign names, names the lexicon lists.
/// </summary>
public sealed class NewswireTests
{
    private static readonly EntityTagger Tagger = new();

    private static string[] Texts(string text, EntityType type) =>
        Tagger.Tag(text).AsImmutableArray().Where(m => m.Type == type).Select(m => m.Text).ToArray();

    [Theory]
    [InlineData("中美两国元首举行会谈。", new[] { "中", "美" })]
    [InlineData("双方表示，中方愿意加强合作。", new[] { "中" })]
    [InlineData("俄总统当天签署命令。", new[] { "俄" })]
    [InlineData("美国总统下月访华。", new[] { "美国", "华" })]
    [InlineData("代表团今天在京举行会谈。", new[] { "京" })]
    public void A_country_or_city_abbreviated_to_one_character_is_a_place(string text, string[] places) =>
        Assert.Equal(places, Texts(text, EntityType.Location));

    [Theory]
    [InlineData("中国京剧院的演员演出了京剧。")]
    [InlineData("其中方案一获得通过。")]
    [InlineData("他在华侨中学任教。")]
    public void A_character_inside_a_word_is_no_abbreviation(string text) =>
        Assert.DoesNotContain(Tagger.Tag(text).AsImmutableArray(), m => m.Type == EntityType.Location && m.Text.Length == 1);

    [Theory]
    [InlineData("美国政府今天宣布了这项决定。", "美国")]
    [InlineData("印度政府已采取了必要措施。", "印度")]
    public void A_place_before_a_generic_word_is_the_place_and_no_organisation(string text, string place)
    {
        Assert.Equal([place], Texts(text, EntityType.Location));
        Assert.Empty(Texts(text, EntityType.Organization));
    }

    [Fact]
    public void A_province_before_a_county_is_a_place_of_its_own() =>
        Assert.Equal(["青海省", "曲麻莱县"], Texts("范围包括青海省曲麻莱县。", EntityType.Location));

    [Theory]
    [InlineData("国际社会普遍关注。")]
    [InlineData("各级领导干部要带头。")]
    [InlineData("如国家大剧院将兴建。")]
    public void A_common_noun_or_a_function_word_is_not_taken_into_an_organisation(string text) =>
        Assert.DoesNotContain(Tagger.Tag(text).AsImmutableArray(), m => m.Type == EntityType.Organization && (m.Text.Contains('社') || m.Text.Contains("干部", StringComparison.Ordinal) || m.Text.StartsWith('如')));

    [Theory]
    [InlineData("克林顿说，他将重申承诺。", "克林顿")]
    [InlineData("俄罗斯总理基里延科今天说。", "基里延科")]
    [InlineData("江泽民主席会见了他。", "江泽民")]
    [InlineData("那天，贺龙同志有事不在家。", "贺龙")]
    public void Foreign_names_and_names_the_lexicon_lists_are_persons(string text, string name) =>
        Assert.Equal([name], Texts(text, EntityType.Person));

    [Theory]
    [InlineData("开始修建莫斯科到圣彼得堡的高速铁路。", "莫斯科")]
    [InlineData("天津雷阵雨转多云。", "天津")]
    public void Places_and_weather_the_lexicon_tags_as_names_are_not_persons(string text, string place)
    {
        Assert.Empty(Texts(text, EntityType.Person));
        Assert.Contains(place, Texts(text, EntityType.Location));
    }

    [Theory]
    [InlineData("欧盟委员会发表声明。", "欧盟委员会")]
    [InlineData("据新华社报道。", "新华社")]
    [InlineData("欧盟今天宣布。", "欧盟")]
    public void Bodies_every_reader_knows_are_organisations(string text, string name) =>
        Assert.Contains(name, Texts(text, EntityType.Organization));

    [Fact]
    public void A_reporter_s_names_after_the_word_are_persons() =>
        Assert.Equal(["王霞光", "李长云"], Texts("本报北京5月4日讯记者王霞光、李长云报道：", EntityType.Person));
}
