using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

/// <summary><see cref="Gazetteer.RestrictTo(ReadOnlySpan{char})"/>: the entries a text holds, seen as the tagger sees the text.</summary>
public sealed class GazetteerRestrictionTests
{
    private static readonly EntityTagger Tagger = EntityTagger.Create(o => o.IncludeNested = true);

    // Surnames, posts, suffixes and breaks, so that restricted entries compete with the grammars' candidates.
    private const string Alphabet = "张李王书杰朝锋区委书记长副市领导、，。同志路街河园公司局中心社区魏都许昌德润甲乙 \n　的了是和2日";

    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Title, EntityType.Work];

    private static Gen<string> Texts(int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(length => Gen.Elements(Alphabet.ToCharArray()).ArrayOf(length)).Select(chars => new string(chars));

    // Entries cut from the text itself (so many occur, some only across a line break) and made up (so many do not).
    private static Gen<(string Text, Gazetteer Gazetteer)> TextsWithGazetteers() =>
        from text in Texts(60)
        from cuts in Gen.Choose(0, Math.Max(0, text.Length - 1)).Two().ArrayOf(8)
        from invented in Texts(4).ArrayOf(6)
        from types in Gen.Elements(Types).ArrayOf(14)
        let names = cuts.Select(c => text.Length == 0 ? "" : text.Substring(Math.Min(c.Item1, c.Item2), Math.Abs(c.Item1 - c.Item2) + 1))
            .Select(n => n.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal))
            .Concat(invented)
        select (text, Gazetteer.Create(names.Zip(types, (n, t) => new GazetteerEntry(n, t))));

    [Property(MaxTest = 300)]
    public Property Tagging_with_the_restricted_gazetteer_equals_tagging_with_the_whole_one() =>
        Prop.ForAll(TextsWithGazetteers().ToArbitrary(), pair =>
            Tagger.Tag(pair.Text, pair.Gazetteer) == Tagger.Tag(pair.Text, pair.Gazetteer.RestrictTo(pair.Text))
            && Tagger.Tag(pair.Text, pair.Gazetteer).Count == Tagger.Tag(pair.Text, pair.Gazetteer.RestrictTo(pair.Text)).Count);

    [Property(MaxTest = 200)]
    public Property The_restriction_holds_the_entries_found_in_the_text_and_no_others() =>
        Prop.ForAll(TextsWithGazetteers().ToArbitrary(), pair =>
        {
            var clean = TextView.Create(pair.Text).Clean;
            var expected = pair.Gazetteer.Entries.AsImmutableArray().Where(e => clean.Contains(e.Text, StringComparison.Ordinal)).ToArray();
            return pair.Gazetteer.RestrictTo(pair.Text).Entries.AsImmutableArray().SequenceEqual(expected);
        });

    [Fact]
    public void Only_the_names_that_occur_are_kept_with_their_types()
    {
        var gazetteer = Gazetteer.Create([
            new GazetteerEntry("张书杰", EntityType.Person),
            new GazetteerEntry("李朝锋", EntityType.Person),
            new GazetteerEntry("曹魏古城", EntityType.Location),
            new GazetteerEntry("魏都区人民政府", EntityType.Organization),
        ]);

        var restricted = gazetteer.RestrictTo("区委书记张书杰到曹魏古城调研。");

        Assert.Equal(
            [new GazetteerEntry("张书杰", EntityType.Person), new GazetteerEntry("曹魏古城", EntityType.Location)],
            restricted.Entries.ToArray());
    }

    [Fact]
    public void A_name_split_by_a_line_break_or_a_stray_space_occurs_as_the_tagger_repairs_it()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry("张书杰", EntityType.Person), new GazetteerEntry("曹魏古城", EntityType.Location)]);
        const string Text = "区委书记张书\n杰到曹魏 古城调研。";

        var restricted = gazetteer.RestrictTo(Text);

        Assert.Same(gazetteer, restricted);
        Assert.Equal(Tagger.Tag(Text, gazetteer), Tagger.Tag(Text, restricted));
        Assert.Contains(Tagger.Tag(Text, restricted).AsImmutableArray(), m => m.Text == "张书杰" && m.Type == EntityType.Person);
    }

    [Fact]
    public void The_space_after_a_day_marker_separates_it_from_the_name_in_the_restriction_too()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry("日魏都", EntityType.Location), new GazetteerEntry("魏都区", EntityType.Location)]);

        var restricted = gazetteer.RestrictTo("2日 魏都区召开例会。");

        Assert.Equal([new GazetteerEntry("魏都区", EntityType.Location)], restricted.Entries.ToArray());
    }

    [Fact]
    public void A_text_with_no_listed_name_restricts_to_the_empty_gazetteer_and_equal_restrictions_are_equal()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry("张书杰", EntityType.Person), new GazetteerEntry("曹魏古城", EntityType.Location)]);

        Assert.Same(Gazetteer.Empty, gazetteer.RestrictTo("召开例会。"));
        Assert.Same(Gazetteer.Empty, gazetteer.RestrictTo(""));
        Assert.Equal(gazetteer.RestrictTo("张书杰讲话。"), gazetteer.RestrictTo("张书杰调研，张书杰讲话。"));
        Assert.NotEqual(gazetteer.RestrictTo("张书杰讲话。"), gazetteer.RestrictTo("张书杰到曹魏古城。"));
    }
}
