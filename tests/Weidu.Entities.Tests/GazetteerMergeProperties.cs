using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

/// <summary>
/// <see cref="Gazetteer.Create"/> and <see cref="EntityTagger.Collect(string)"/> against plain definitions of what
/// they return: a text listed with several types keeps the one listed most often, the earlier type on a tie, and a
/// contribution lists each confident name once, sorted by text then type.
/// </summary>
public sealed class GazetteerMergeProperties
{
    private static readonly EntityTagger Tagger = new();

    // Few texts and many types (one no EntityType names), so that texts repeat with several types and counts tie.
    private static Gen<GazetteerEntry> Entries() =>
        from text in Gen.Elements("许昌", "魏都", "张书杰", "魏都区", "", " ", "许")
        from type in Gen.Elements(EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Work, (EntityType)42)
        select new GazetteerEntry(text, type);

    private static IEnumerable<GazetteerEntry> Expected(IEnumerable<GazetteerEntry> entries) =>
        entries.Where(e => !string.IsNullOrWhiteSpace(e.Text))
            .GroupBy(e => e.Text, StringComparer.Ordinal)
            .Select(text => text.GroupBy(e => e.Type).OrderByDescending(type => type.Count()).ThenBy(type => type.Key).First().First())
            .OrderBy(e => e.Text, StringComparer.Ordinal);

    [Property(MaxTest = 300)]
    public Property A_text_keeps_the_type_listed_most_often_and_the_earlier_on_a_tie() =>
        Prop.ForAll(Entries().ArrayOf().ToArbitrary(), entries =>
            Gazetteer.Create(entries).Entries.AsImmutableArray().SequenceEqual(Expected(entries)));

    [Fact]
    public void Three_types_tie_to_the_earliest()
    {
        var gazetteer = Gazetteer.Create([
            new GazetteerEntry("许昌", EntityType.Work),
            new GazetteerEntry("许昌", EntityType.Location),
            new GazetteerEntry("许昌", EntityType.Organization),
            new GazetteerEntry("许昌", EntityType.Work),
            new GazetteerEntry("许昌", EntityType.Organization),
            new GazetteerEntry("许昌", EntityType.Location),
        ]);

        Assert.Equal(new GazetteerEntry("许昌", EntityType.Organization), Assert.Single(gazetteer.Entries.AsImmutableArray()));
    }

    [Fact]
    public void A_contribution_lists_each_confident_name_once_in_order()
    {
        var text = "区委书记张书杰、区长李朝锋到魏都区人民政府和许昌市第一人民医院调研。张书杰强调，魏都区人民政府要抓好落实。";
        var scan = Tagger.Scan(text);
        var entries = Tagger.Collect(scan).Entries.AsImmutableArray();

        Assert.NotEmpty(entries);
        Assert.Equal(entries.Distinct().OrderBy(e => e.Text, StringComparer.Ordinal).ThenBy(e => e.Type), entries);
        Assert.Contains(new GazetteerEntry("张书杰", EntityType.Person), entries);
    }
}
