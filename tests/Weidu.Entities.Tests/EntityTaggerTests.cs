using Weidu.Core;

namespace Weidu.Entities.Tests;

public sealed class EntityTaggerTests
{
    private static readonly EntityTagger Tagger = new();

    private static EntityMention Single(EquatableArray<EntityMention> mentions, EntityType type, string text) =>
        Assert.Single(mentions.AsImmutableArray(), m => m.Type == type && m.Text == text);

    [Fact]
    public void A_name_after_a_post_is_a_person_carrying_the_post()
    {
        var mentions = Tagger.Tag("区委书记张书杰调研爱情公园。");

        var title = Single(mentions, EntityType.Title, "区委书记");
        Assert.Equal(new TextSpan(0, 4), title.Span);
        var person = Single(mentions, EntityType.Person, "张书杰");
        Assert.Equal(new TextSpan(4, 3), person.Span);
        Assert.Equal(["区委书记"], person.Titles.ToArray());
    }

    [Theory]
    [InlineData("区委常委、组织部长申健民出席会议。", "申健民", new[] { "区委常委", "组织部长" })]
    [InlineData("市委书记、市长胡五岳到魏都区看望慰问。", "胡五岳", new[] { "市委书记", "市长" })]
    [InlineData("区委副书记、区长李朝锋分别讲话。", "李朝锋", new[] { "区委副书记", "区长" })]
    [InlineData("市委常委、纪委书记、监委主任方婷宣布开工令。", "方婷", new[] { "市委常委", "纪委书记", "监委主任" })]
    [InlineData("区委常委、区政府常务副区长苏凯强陪同观摩。", "苏凯强", new[] { "区委常委", "区政府常务副区长" })]
    public void A_chain_of_posts_belongs_to_the_name_after_it(string text, string name, string[] posts)
    {
        var person = Single(Tagger.Tag(text), EntityType.Person, name);

        Assert.Equal(posts, person.Titles.ToArray());
    }

    [Fact]
    public void Every_name_in_a_list_of_leaders_is_a_person_with_its_length_decided_by_what_follows()
    {
        var mentions = Tagger.Tag("区领导张书杰、范耀江、王辉、刘明在主席台就座，县级干部楚文选出席。");

        var names = mentions.AsImmutableArray().Where(m => m.Type == EntityType.Person).Select(m => m.Text);
        Assert.Equal(["张书杰", "范耀江", "王辉", "刘明", "楚文选"], names);
    }

    [Theory]
    [InlineData("古巴司法部长卡洛斯·阿马特在表决前指出。", "卡洛斯·阿马特")]
    [InlineData("由网坛老将鲍里斯·贝克尔率领的德国男子网球队", "鲍里斯·贝克尔")]
    public void A_transliterated_name_with_a_middle_dot_is_one_person(string text, string name) =>
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), Single(Tagger.Tag(text), EntityType.Person, name).Span.Start);

    [Fact]
    public void A_space_between_the_post_and_the_name_does_not_hide_the_person()
    {
        const string text = "魏都区人民政府区长 李朝锋";
        var mentions = Tagger.Tag(text);

        var person = Single(mentions, EntityType.Person, "李朝锋");
        Assert.Equal("李朝锋", text.Substring(person.Span.Start, person.Span.Length));
        Assert.Equal(["区长"], person.Titles.ToArray());
        Assert.Equal(new TextSpan(0, 7), Single(mentions, EntityType.Organization, "魏都区人民政府").Span);
    }

    [Fact]
    public void A_name_split_by_a_page_break_is_one_mention_over_the_original_offsets()
    {
        const string text = "区委书记张书\n\n杰主持会议。";
        var person = Single(Tagger.Tag(text), EntityType.Person, "张书杰");

        Assert.Equal(TextSpan.FromBounds(4, 9), person.Span);
    }

    [Fact]
    public void The_outer_name_is_returned_and_nested_names_only_on_request()
    {
        const string text = "魏都区人民政府召开常务会议。";

        var outer = Single(Tagger.Tag(text), EntityType.Organization, "魏都区人民政府");
        Assert.True(outer.Nested.IsEmpty);
        Assert.DoesNotContain(Tagger.Tag(text).AsImmutableArray(), m => m.Text == "魏都区");

        var nested = Single(EntityTagger.Create(o => o.IncludeNested = true).Tag(text), EntityType.Organization, "魏都区人民政府");
        var inner = Assert.Single(nested.Nested.AsImmutableArray());
        Assert.Equal(("魏都区", EntityType.Location, new TextSpan(0, 3)), (inner.Text, inner.Type, inner.Span));
    }

    [Fact]
    public void Meetings_and_works_are_tagged_when_asked_and_not_otherwise()
    {
        const string text = "在区委十四届七次全会上审议通过了《深化党和国家机构改革方案》。";
        var mentions = Tagger.Tag(text);

        Assert.Equal(new TextSpan(1, 9), Single(mentions, EntityType.Meeting, "区委十四届七次全会").Span);
        Assert.Equal("深化党和国家机构改革方案", Single(mentions, EntityType.Work, "深化党和国家机构改革方案").Text);

        var plain = EntityTagger.Create(o => (o.TagMeetings, o.TagWorks) = (false, false)).Tag(text);
        Assert.DoesNotContain(plain.AsImmutableArray(), m => m.Type is EntityType.Meeting or EntityType.Work);
    }

    [Theory]
    [InlineData("区委书记张书杰到曹魏古城南大街调研。", "曹魏古城南大街", EntityType.Location)]
    [InlineData("有序推进曹魏古城建设。", "曹魏古城", EntityType.Location)]
    [InlineData("区领导到魏都高新技术产业园调研园区运行。", "魏都高新技术产业园", EntityType.Location)]
    [InlineData("颍汝干渠综合治理工程建设推进会议召开。", "颍汝干渠", EntityType.Location)]
    [InlineData("中共魏都区委社区工作委员会等单位正式挂牌成立。", "中共魏都区委社区工作委员会", EntityType.Organization)]
    [InlineData("到高桥营街道办事处刘铁庄社区观摩。", "高桥营街道办事处", EntityType.Organization)]
    [InlineData("到天宝路沿线调研。", "天宝路", EntityType.Location)]
    public void Suffix_grammars_find_places_and_organisations(string text, string name, EntityType type) =>
        Single(Tagger.Tag(text), type, name);

    [Theory]
    [InlineData("使两个具有悠久文明和在当代国际事务中发挥重要作用的国家")]
    [InlineData("区委常委班子召开“不忘初心、牢记使命”专题民主生活会。")]
    public void Words_that_look_like_names_are_not_persons(string text) =>
        Assert.DoesNotContain(Tagger.Tag(text).AsImmutableArray(), m => m.Type == EntityType.Person);

    [Fact]
    public void A_theory_named_after_a_person_is_not_a_person()
    {
        var mentions = Tagger.Tag("坚持以邓小平理论为指导。");

        Assert.DoesNotContain(mentions.AsImmutableArray(), m => m.Type == EntityType.Person && m.Text != "邓小平");
    }

    [Fact]
    public void A_user_gazetteer_entry_is_found_where_no_grammar_would_find_it()
    {
        var tagger = EntityTagger.Create(o => o.Gazetteer.Add(new GazetteerEntry("智造之都", EntityType.Work)));

        var work = Single(tagger.Tag("加快建设智造之都。"), EntityType.Work, "智造之都");

        Assert.Equal(new TextSpan(4, 4), work.Span);
    }

    [Fact]
    public void A_title_in_book_quotes_that_is_a_user_gazetteer_name_takes_the_users_type()
    {
        var tagger = EntityTagger.Create(o => o.Gazetteer.Add(new GazetteerEntry("己乙甲丁", EntityType.Organization)));

        var mentions = tagger.Tag("副在《己乙甲丁》务刘事部会");

        Assert.Equal(new TextSpan(3, 4), Single(mentions, EntityType.Organization, "己乙甲丁").Span);
        Assert.DoesNotContain(mentions.AsImmutableArray(), m => m.Type == EntityType.Work);
        Assert.Equal("深化党和国家机构改革方案", Single(tagger.Tag("印发《深化党和国家机构改革方案》"), EntityType.Work, "深化党和国家机构改革方案").Text);
    }

    [Fact]
    public void The_collecting_pass_lets_a_name_printed_once_with_its_post_be_found_alone()
    {
        // 柏 is a rare surname and 东方 a word, so neither the name model nor the tokenizer's segmentation vouches for
        // 柏东方, nor does 要求, which follows bodies as often as persons.
        string[] texts = ["副区长柏东方主持会议。", "柏东方要求抓好落实。"];
        Assert.DoesNotContain(Tagger.Tag(texts[1]).AsImmutableArray(), m => m.Type == EntityType.Person);

        var gazetteer = Gazetteer.Merge(texts.Select(Tagger.Collect));

        Assert.Contains(new GazetteerEntry("柏东方", EntityType.Person), gazetteer.Entries.AsImmutableArray());
        Assert.Equal(new TextSpan(0, 3), Single(Tagger.Tag(texts[1], gazetteer), EntityType.Person, "柏东方").Span);
    }

    [Fact]
    public void Gazetteers_and_contributions_compare_by_value()
    {
        var a = Gazetteer.Merge([Tagger.Collect("区委书记张书杰出席。"), Tagger.Collect("区长李朝锋出席。")]);
        var b = Gazetteer.Merge([Tagger.Collect("区长李朝锋出席。"), Tagger.Collect("区委书记张书杰出席。")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Tagger.Collect("区长李朝锋出席。"), Tagger.Collect("区长李朝锋出席。"));
        Assert.NotEqual(a, a.With([new GazetteerEntry("魏都区", EntityType.Location)]));
    }

    [Fact]
    public void The_gazetteer_feeds_the_tokenizer_overlay_so_names_stay_whole()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry("柏凤杰", EntityType.Person), new GazetteerEntry("颍汝干渠", EntityType.Location)]);

        var overlay = gazetteer.ToUserDictionary();
        var tokens = Weidu.Tokenization.ChineseTokenizer.Default.Tokenize("柏凤杰调研颍汝干渠", overlay);

        Assert.True(overlay.TryGetWord("柏凤杰", out var person));
        Assert.Equal("nr", person.Tag);
        Assert.Contains(tokens.AsImmutableArray(), t => t.Span == new TextSpan(0, 3));
        Assert.Contains(tokens.AsImmutableArray(), t => t.Span == new TextSpan(5, 4) && t.Tag == "ns");
    }

    [Fact]
    public void A_name_listed_with_two_types_keeps_the_one_listed_most()
    {
        var gazetteer = Gazetteer.Create([
            new GazetteerEntry("许昌", EntityType.Location),
            new GazetteerEntry("许昌", EntityType.Person),
            new GazetteerEntry("许昌", EntityType.Location),
        ]);

        Assert.True(gazetteer.TryGetType("许昌", out var type));
        Assert.Equal(EntityType.Location, type);
        Assert.Single(gazetteer.Entries.AsImmutableArray());
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => Tagger.Tag(null!));
        Assert.Throws<ArgumentNullException>(() => Tagger.Tag("x", null!));
        Assert.Throws<ArgumentNullException>(() => Tagger.Collect((string)null!));
    }

    [Theory]
    [InlineData(EntityType.Person, "PER")]
    [InlineData(EntityType.Organization, "ORG")]
    [InlineData(EntityType.Location, "LOC")]
    [InlineData(EntityType.Title, "TITLE")]
    [InlineData(EntityType.Meeting, "MEETING")]
    [InlineData(EntityType.Work, "WORK")]
    public void Type_codes_round_trip(EntityType type, string code)
    {
        Assert.Equal(code, type.ToCode());
        Assert.True(EntityTypeCodes.TryParse(code.ToLowerInvariant(), out var parsed));
        Assert.Equal(type, parsed);
    }
}
