using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

/// <summary>
/// <see cref="EntityScan"/>: a text scanned once and then collected and tagged against any gazetteer gives what
/// <see cref="EntityTagger.Collect(string)"/> and <see cref="EntityTagger.Tag(string, Gazetteer)"/> of the text give.
/// </summary>
public sealed class EntityScanTests
{
    private static readonly EntityTagger Tagger = EntityTagger.Create(o => o.IncludeNested = true);

    // A user's person whose name other names start with, so that the user gazetteer answers before the corpus one.
    private static readonly EntityTagger UserTagger = EntityTagger.Create(o =>
    {
        o.TagWorks = false;
        o.Gazetteer.Add(new GazetteerEntry("王书", EntityType.Person));
        o.Gazetteer.Add(new GazetteerEntry("魏都公司", EntityType.Organization));
    });

    // Surnames and given names, posts, list openers and person cues, so that listed persons start where the grammars
    // parse names; suffixes and breaks so that listed names compete with other candidates.
    private const string Alphabet = "张李王书杰朝锋国生区委书记长副市领导出席、，。同志家中路街公司局社区魏都许昌 \n　的了是和2日《》";

    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Title];

    private static Gen<string> Texts(int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(length => Gen.Elements(Alphabet.ToCharArray()).ArrayOf(length)).Select(chars => new string(chars));

    // Entries cut from the text (so that most occur, many where a name is parsed) and made up (so that some do not).
    private static Gen<(string Text, Gazetteer Gazetteer)> TextsWithGazetteers() =>
        from text in Texts(60)
        from cuts in Gen.Choose(0, Math.Max(0, text.Length - 1)).SelectMany(start => Gen.Choose(1, 4).Select(length => (start, length))).ArrayOf(8)
        from invented in Texts(4).ArrayOf(4)
        from types in Gen.Elements(Types).ArrayOf(12)
        let names = cuts.Select(c => text.Length == 0 ? "" : text.Substring(c.start, Math.Min(c.length, text.Length - c.start)))
            .Select(n => n.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal))
            .Concat(invented)
        select (text, Gazetteer.Create(names.Zip(types, (n, t) => new GazetteerEntry(n, t))));

    [Property(MaxTest = 400)]
    public Property Tagging_a_scan_equals_tagging_its_text() =>
        Prop.ForAll(TextsWithGazetteers().ToArbitrary(), pair =>
            AllEqual(Tagger, pair.Text, pair.Gazetteer) && AllEqual(UserTagger, pair.Text, pair.Gazetteer));

    [Property(MaxTest = 200)]
    public Property Collecting_a_scan_and_restricting_to_it_equal_doing_so_to_its_text() =>
        Prop.ForAll(TextsWithGazetteers().ToArbitrary(), pair =>
        {
            var scan = Tagger.Scan(pair.Text);
            return Tagger.Collect(scan) == Tagger.Collect(pair.Text) && pair.Gazetteer.RestrictTo(scan).Equals(pair.Gazetteer.RestrictTo(pair.Text));
        });

    [Fact]
    public void A_listed_person_that_changes_a_parsed_name_is_tagged_as_a_new_scan_tags_it()
    {
        // After 书记 the grammars read 张书杰; a corpus person 张书 makes the name two characters, which is no mere
        // extra candidate: the scan of the text must be redone for it.
        const string text = "区委书记张书杰查看社区。";
        var gazetteer = Gazetteer.Create([new GazetteerEntry("张书", EntityType.Person)]);
        var scan = Tagger.Scan(text);

        Assert.True(Tagger.ReadsAnyNameDifferently(scan, gazetteer));
        Assert.NotEqual(Tagger.Tag(text), Tagger.Tag(text, gazetteer));
        Assert.Equal(Tagger.Tag(text, gazetteer), Tagger.Tag(scan, gazetteer));
        Assert.Equal(Tagger.Tag(text), Tagger.Tag(scan, Gazetteer.Empty));
    }

    [Fact]
    public void A_listed_name_the_grammars_do_not_parse_only_adds_its_candidates()
    {
        var gazetteer = Gazetteer.Create([new GazetteerEntry("德润甲乙", EntityType.Organization), new GazetteerEntry("张书杰", EntityType.Person)]);
        AssertScanStandsAndFinds("德润甲乙在魏都区。张书杰同志出席。", gazetteer, "德润甲乙", EntityType.Organization);
    }

    [Fact]
    public void A_listed_person_where_no_context_says_a_name_is_there_needs_no_new_scan()
    {
        // Where context says a name is there, the scan reads 习近平 as the corpus lists it; without context it reads
        // no name, and the corpus gazetteer proposes 习近平 whole anyway. So the scan stands and only the gazetteer's
        // candidates are added (such a text was scanned again once, and so were most yearbook paragraphs naming him).
        var gazetteer = Gazetteer.Create([new GazetteerEntry("习近平", EntityType.Person)]);
        AssertScanStandsAndFinds("坚决维护习近平总书记的核心地位。", gazetteer, "习近平", EntityType.Person);
    }

    /// <summary>The scan of <paramref name="text"/> needs no new reading against the gazetteer, and tagging it finds the listed name.</summary>
    private static void AssertScanStandsAndFinds(string text, Gazetteer gazetteer, string name, EntityType type)
    {
        var scan = Tagger.Scan(text);

        Assert.False(Tagger.ReadsAnyNameDifferently(scan, gazetteer));
        Assert.Contains(Tagger.Tag(scan, gazetteer), m => m.Text == name && m.Type == type);
        Assert.Equal(Tagger.Tag(text, gazetteer), Tagger.Tag(scan, gazetteer));
    }

    [Fact]
    public void A_name_read_from_its_characters_does_not_run_on_past_a_listed_person_at_its_start()
    {
        // The statistical reading is 方婷沿 (沿 is name-like); the corpus knows 方婷, so the name ends there.
        const string text = "方婷沿漯河巡河。";
        var gazetteer = Gazetteer.Create([new GazetteerEntry("方婷", EntityType.Person)]);

        Assert.Contains(Tagger.Tag(text), m => m.Text == "方婷沿" && m.Type == EntityType.Person);
        Assert.Contains(Tagger.Tag(text, gazetteer), m => m.Text == "方婷" && m.Type == EntityType.Person);
        Assert.Equal(Tagger.Tag(text, gazetteer), Tagger.Tag(Tagger.Scan(text), gazetteer));
    }

    [Fact]
    public void Scans_are_equal_when_the_same_tagger_scanned_equal_texts()
    {
        var scan = Tagger.Scan("区委书记张书杰查看社区。");

        Assert.Equal(scan, Tagger.Scan(new string("区委书记张书杰查看社区。".AsSpan())));
        Assert.Equal(scan.GetHashCode(), Tagger.Scan(new string("区委书记张书杰查看社区。".AsSpan())).GetHashCode());
        Assert.NotEqual(scan, Tagger.Scan("区委书记张书杰查看社区"));
        Assert.NotEqual(scan, UserTagger.Scan("区委书记张书杰查看社区。"));
        Assert.Equal("区委书记张书杰查看社区。", scan.Text);
    }

    [Fact]
    public void A_scan_made_by_another_tagger_is_refused()
    {
        var scan = UserTagger.Scan("区委书记张书杰查看社区。");

        Assert.Throws<ArgumentException>(() => Tagger.Tag(scan, Gazetteer.Empty));
        Assert.Throws<ArgumentException>(() => Tagger.Collect(scan));
        Assert.Throws<ArgumentNullException>(() => Tagger.Tag((EntityScan)null!, Gazetteer.Empty));
    }

    [Fact]
    public void Every_yearbook_paragraph_tagged_from_its_scan_equals_its_text_tagged_against_the_corpus_gazetteer()
    {
        var tagger = new EntityTagger();
        var paragraphs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"))
            .ReplaceLineEndings("\n")
            .Split("\n\n")
            .Where(p => p.Length > 0)
            .ToArray();
        var scans = paragraphs.Select(tagger.Scan).ToArray();
        var gazetteer = Gazetteer.Merge(scans.Select(tagger.Collect));

        Assert.Equal(Gazetteer.Merge(paragraphs.Select(tagger.Collect)), gazetteer);
        var rescanned = 0;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var restricted = gazetteer.RestrictTo(scans[i]);
            Assert.Equal(gazetteer.RestrictTo(paragraphs[i]), restricted);
            Assert.Equal(tagger.Tag(paragraphs[i], restricted), tagger.Tag(scans[i], restricted));
            rescanned += tagger.ReadsAnyNameDifferently(scans[i], restricted) ? 1 : 0;
        }

        // Both ways are taken: most paragraphs only match the names, some hold a listed person that steers a parse.
        Assert.InRange(rescanned, 1, paragraphs.Length / 2);
    }

    private static bool AllEqual(EntityTagger tagger, string text, Gazetteer gazetteer)
    {
        var scan = tagger.Scan(text);
        return tagger.Tag(scan, gazetteer) == tagger.Tag(text, gazetteer)
            && tagger.Tag(scan, gazetteer.RestrictTo(scan)) == tagger.Tag(text, gazetteer)
            && tagger.Tag(scan, Gazetteer.Empty) == tagger.Tag(text);
    }
}
