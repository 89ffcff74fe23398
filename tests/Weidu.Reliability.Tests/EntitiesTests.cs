using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Weidu.Core;
using Weidu.Entities;
using Weidu.Fuzz;

namespace Weidu.Reliability.Tests;

/// <summary>The entity tagger, gazetteer and alias resolver on hostile shapes.</summary>
public sealed class EntitiesTests
{
    private static readonly EntityTagger Tagger = EntityTagger.Create(o => o.IncludeNested = true);

    [Theory]
    [MemberData(nameof(HostileText.Shapes), MemberType = typeof(HostileText))]
    public void Every_shape_gives_mentions_whose_text_is_the_text_at_their_span(string shape, string content)
    {
        var gazetteer = Gazetteer.Merge([Tagger.Collect(content)]);

        var mentions = Tagger.Tag(content, gazetteer);

        AssertMentions(mentions, content);
        Assert.All(AliasResolver.Resolve(content, mentions), a =>
        {
            Assert.InRange(a.Span.End, a.Span.Start, content.Length);
            Assert.Equal(content.Substring(a.Span.Start, a.Span.Length), a.Text);
        });
        _ = shape;
    }

    [Theory]
    [InlineData("2日 魏都区召开补短板稳投资项目谋划及债券申报工作例会。")]
    [InlineData("# 大事记\n\n## 1 月\n\n2日 魏都区召开补短板稳投资项目谋划及债券申报工作例会。")]
    [InlineData("2日魏都区召开补短板稳投资项目谋划及债券申报工作例会。")]
    [InlineData("2019年魏都区召开补短板稳投资项目谋划及债券申报工作例会。")]
    public void A_chronicle_day_marker_is_not_glued_to_the_name_after_it(string content)
    {
        var mentions = Tagger.Tag(content);

        Assert.DoesNotContain(mentions.AsImmutableArray(), m => char.IsAsciiDigit(m.Text[0]) || m.Text[0] is '日' or '年');
        Assert.Contains(mentions.AsImmutableArray(), m => m.Text == "魏都区" && m.Type == EntityType.Location);
    }

    [Fact]
    public void A_hostile_gazetteer_does_not_break_tagging()
    {
        var tagger = EntityTagger.Create(o =>
        {
            o.Gazetteer.Add(new GazetteerEntry("", EntityType.Person));
            o.Gazetteer.Add(new GazetteerEntry("\0", EntityType.Organization));
            o.Gazetteer.Add(new GazetteerEntry("𠀀", EntityType.Location));
            o.Gazetteer.Add(new GazetteerEntry(new string('区', 5000), EntityType.Location));
            o.Gazetteer.Add(new GazetteerEntry("张书杰", EntityType.Person));
            o.Gazetteer.Add(new GazetteerEntry("张书杰", EntityType.Organization));
        });
        const string Content = "区委书记张书杰\0到𠀀调研。";

        AssertMentions(tagger.Tag(Content), Content);
    }

    [Fact]
    public void Role_tables_built_from_hostile_texts_keep_evidence_inside_them()
    {
        var texts = HostileText.Shapes.Select(row => (string)row[1]).ToArray();
        var tagged = texts.Select((t, i) => new TaggedText($"doc{i}", Tagger.Tag(t), i % 2 == 0 ? new DateOnly(2019, 1, 1 + i) : null)).ToArray();

        var roles = RoleTable.Build(tagged);

        Assert.All(roles.Roles, role => Assert.All(role.Evidence, e =>
        {
            var text = texts[int.Parse(e.DocumentId.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture)];
            Assert.InRange(e.Span.End, e.Span.Start, text.Length);
        }));
    }

    [Fact]
    public void A_long_line_is_tagged_with_mentions_inside_it()
    {
        // A megabyte with no line break: the tagger's time is linear in the length of a line (it was quadratic, bug E2).
        var content = HostileText.LongLine(1024 * 1024);

        var mentions = Tagger.Tag(content);

        AssertMentions(mentions, content);
        Assert.NotEmpty(mentions);
    }

    [Fact]
    public void Ten_thousand_one_character_lines_are_tagged_without_error()
    {
        var content = HostileText.OneCharacterLines(10_000);

        AssertMentions(Tagger.Tag(content), content);
    }

    [Property(MaxTest = 150)]
    public Property Random_text_gives_mentions_inside_the_text(int seed)
    {
        var content = HostileText.Random(new Random(seed), 200);
        var mentions = Tagger.Tag(content, Gazetteer.Merge([Tagger.Collect(content)]));
        return mentions.AsImmutableArray().All(m => m.Span.End <= content.Length && FuzzTargets.WithoutWhitespace(content.AsSpan(m.Span.Start, m.Span.Length)) == FuzzTargets.WithoutWhitespace(m.Text)).Label(content);
    }

    private static void AssertMentions(EquatableArray<EntityMention> mentions, string content)
    {
        foreach (var mention in mentions)
        {
            Assert.InRange(mention.Span.Start, 0, content.Length);
            Assert.InRange(mention.Span.End, mention.Span.Start + 1, content.Length);
            // The mention's text is its span with OCR line breaks and stray spaces taken out.
            Assert.Equal(FuzzTargets.WithoutWhitespace(content.AsSpan(mention.Span.Start, mention.Span.Length)), FuzzTargets.WithoutWhitespace(mention.Text));
            Assert.All(mention.Nested, n => Assert.True(mention.Span.Contains(n.Span), $"nested {n.Span} outside {mention.Span}"));
            AssertMentions(mention.Nested, content);
        }
    }
}
