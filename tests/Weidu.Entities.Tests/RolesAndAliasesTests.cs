using Microsoft.Extensions.DependencyInjection;

namespace Weidu.Entities.Tests;

public sealed class RolesAndAliasesTests
{
    private static readonly EntityTagger Tagger = new();

    private static TaggedText Tagged(string id, string text, DateOnly? date = null) => new(id, Tagger.Tag(text), date);

    [Fact]
    public void A_post_that_changes_over_the_year_gives_two_roles_with_their_dates()
    {
        var table = RoleTable.Build([
            Tagged("a", "区纪委书记魏少峰主持会议。", new DateOnly(2019, 2, 1)),
            Tagged("b", "区纪委书记魏少峰出席。", new DateOnly(2019, 2, 20)),
            Tagged("c", "区委副书记魏少峰陪同检查。", new DateOnly(2019, 4, 25)),
        ]);

        var roles = table.RolesOf("魏少峰").ToArray();
        Assert.Equal(2, roles.Length);
        Assert.Equal(("区纪委书记", new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 20), 2), (roles[0].Post, roles[0].FirstSeen, roles[0].LastSeen, roles[0].Evidence.Count));
        Assert.Equal(("区委副书记", new DateOnly(2019, 4, 25)), (roles[1].Post, roles[1].FirstSeen));
        Assert.Equal(("c", new Weidu.Core.TextSpan(5, 3)), (roles[1].Evidence[0].DocumentId, roles[1].Evidence[0].Span));
    }

    [Fact]
    public void Role_tables_compare_by_value()
    {
        TaggedText[] texts = [Tagged("a", "区长李朝锋主持会议。")];

        Assert.Equal(RoleTable.Build(texts), RoleTable.Build(texts));
        Assert.NotEqual(RoleTable.Build(texts), RoleTable.Empty);
    }

    [Fact]
    public void A_surname_and_post_resolves_to_the_person_named_in_the_same_text()
    {
        const string text = "区委书记张书杰出席会议。会上，张书记强调要抓好落实。";

        var alias = Assert.Single(AliasResolver.Resolve(text, Tagger.Tag(text)).AsImmutableArray());

        Assert.Equal(("张书记", "张书杰", AliasKind.SurnameAndPost), (alias.Text, alias.Person, alias.Kind));
        Assert.Equal("张书记", text.Substring(alias.Span.Start, alias.Span.Length));
    }

    [Theory]
    [InlineData("在全市领导干部会议上，胡书记强调，要把各项工作抓早抓紧。", "胡书记", "胡五岳")]
    [InlineData("史市长提出了提高政治站位的要求。", "史市长", "史根治")]
    [InlineData("刚才，朝锋同志对一季度工作进行了安排。", "朝锋同志", "李朝锋")]
    public void A_short_reference_resolves_through_the_corpus_role_table(string text, string reference, string person)
    {
        var table = RoleTable.Build([
            Tagged("1", "市委书记、市长胡五岳到魏都区看望慰问。"),
            Tagged("2", "代市长史根治到魏都区代表团作重要讲话。"),
            Tagged("3", "市委常委、市委组织部部长史战芳一行到魏都区慰问。"),
            Tagged("4", "区委副书记、区长李朝锋分别讲话。"),
        ]);

        var alias = Assert.Single(AliasResolver.Resolve(text, Tagger.Tag(text), table).AsImmutableArray());

        Assert.Equal((reference, person), (alias.Text, alias.Person));
        Assert.True(alias.IsResolved);
    }

    [Fact]
    public void A_reference_that_fits_no_one_or_several_is_marked_unresolved()
    {
        var table = RoleTable.Build([Tagged("1", "区委书记王强出席。"), Tagged("2", "市委书记王刚出席。")]);

        var ambiguous = Assert.Single(AliasResolver.Resolve("王书记指出。", Tagger.Tag("王书记指出。"), table).AsImmutableArray());
        var unknown = Assert.Single(AliasResolver.Resolve("李局长指出。", Tagger.Tag("李局长指出。"), table).AsImmutableArray());

        Assert.False(ambiguous.IsResolved);
        Assert.Null(unknown.Person);
    }

    [Fact]
    public void A_surname_tagged_before_a_local_post_is_the_reference_and_no_person_of_the_role_table()
    {
        const string text = "区委书记张书杰出席会议。会上，张书记强调要抓好落实。";
        var mentions = Tagger.Tag(text);

        var surname = Assert.Single(mentions.AsImmutableArray(), m => m.Type == EntityType.Person && m.Text == "张");
        var alias = Assert.Single(AliasResolver.Resolve(text, mentions).AsImmutableArray());
        Assert.Equal((surname.Span.Start, "张书杰"), (alias.Span.Start, alias.Person));
        Assert.Equal(["张书杰"], RoleTable.Build([new TaggedText("a", mentions)]).Roles.AsImmutableArray().Select(r => r.Person).Distinct());
    }

    [Theory]
    [InlineData("区长王军霞出席会议。", "军霞")]
    [InlineData("区长李朝锋出席会议。", "朝锋")]
    [InlineData("区长李建国出席会议。", null)]
    [InlineData("区长毋富安出席会议。", null)]
    public void A_person_collected_in_full_contributes_the_given_name_an_article_names_them_by_again(string text, string? givenName)
    {
        var entries = Tagger.Collect(text).Entries.AsImmutableArray();
        Assert.Equal(givenName is null ? 1 : 2, entries.Count(e => e.Type == EntityType.Person));
        if (givenName is not null)
        {
            Assert.Contains(new GazetteerEntry(givenName, EntityType.Person), entries);
        }
    }

    [Fact]
    public void A_given_name_alone_is_the_person_named_in_full_and_resolves_to_them()
    {
        var gazetteer = Gazetteer.Merge([Tagger.Collect("区长王军霞出席会议。"), Tagger.Collect("区长李朝锋出席会议。")]);
        var table = RoleTable.Build([Tagged("1", "区长王军霞出席会议。")]);

        const string alone = "会上，军霞介绍了情况。";
        var mentions = Tagger.Tag(alone, gazetteer);
        Assert.Contains(mentions.AsImmutableArray(), m => m.Type == EntityType.Person && m.Text == "军霞");
        var alias = Assert.Single(AliasResolver.Resolve(alone, mentions, table).AsImmutableArray());
        Assert.Equal(("军霞", AliasKind.GivenName, "王军霞"), (alias.Text, alias.Kind, alias.Person));
        Assert.Empty(AliasResolver.Resolve(alone, mentions).AsImmutableArray());

        const string withComrade = "刚才，朝锋同志对一季度工作进行了安排。";
        var comrade = Assert.Single(AliasResolver.Resolve(withComrade, Tagger.Tag(withComrade, gazetteer), RoleTable.Build([Tagged("2", "区长李朝锋出席会议。")])).AsImmutableArray());
        Assert.Equal(("朝锋同志", AliasKind.GivenNameAndComrade, "李朝锋"), (comrade.Text, comrade.Kind, comrade.Person));
    }

    [Fact]
    public void A_given_name_resolves_first_to_the_person_the_same_text_names()
    {
        const string text = "区长王军霞出席会议。会上，军霞介绍了情况。";
        var gazetteer = Gazetteer.Merge([Tagger.Collect(text)]);
        var table = RoleTable.Build([Tagged("1", "区长张军霞出席会议。")]);

        var alias = Assert.Single(AliasResolver.Resolve(text, Tagger.Tag(text, gazetteer), table).AsImmutableArray());
        Assert.Equal(("军霞", "王军霞"), (alias.Text, alias.Person));
    }

    [Fact]
    public void A_surname_before_a_national_post_names_its_holder_and_is_no_reference()
    {
        const string text = "毛主席指出，要实事求是。";

        Assert.Contains(Tagger.Tag(text).AsImmutableArray(), m => m.Type == EntityType.Person && m.Text == "毛");
        Assert.Empty(AliasResolver.Resolve(text, Tagger.Tag(text)).AsImmutableArray());
    }

    [Fact]
    public void A_one_character_person_with_a_post_is_no_person_of_the_role_table()
    {
        var mention = new EntityMention(new Weidu.Core.TextSpan(0, 1), "胡", EntityType.Person) { Titles = new(new[] { "市委书记" }) };

        Assert.Empty(RoleTable.Build([new TaggedText("a", new(new[] { mention }))]).Roles.AsImmutableArray());
    }

    [Theory]
    [InlineData("同志们，让我们团结起来。")]
    [InlineData("领导同志要发挥好头雁效应。")]
    [InlineData("区委书记张书杰任政委。")]
    public void Ordinary_text_has_no_references(string text) =>
        Assert.Empty(AliasResolver.Resolve(text, Tagger.Tag(text)).AsImmutableArray());

    [Fact]
    public void The_tagger_registers_with_its_options_and_works_without_DI_too()
    {
        var services = new ServiceCollection()
            .AddEntityTagger(o => o.Gazetteer.Add(new GazetteerEntry("智造之都", EntityType.Work)))
            .BuildServiceProvider();

        var tagger = services.GetRequiredService<EntityTagger>();

        Assert.Same(tagger, services.GetRequiredService<EntityTagger>());
        Assert.Contains(tagger.Tag("建设智造之都").AsImmutableArray(), m => m.Text == "智造之都" && m.Type == EntityType.Work);
        Assert.Equal(tagger.UserGazetteer, EntityTagger.Create(o => o.Gazetteer.Add(new GazetteerEntry("智造之都", EntityType.Work))).UserGazetteer);
    }
}
