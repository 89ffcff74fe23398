using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

/// <summary>
/// The corpus pass's shortcuts: a gazetteer restricted to a scan answers from the matches it kept, and the resolver
/// merges the corpus's candidates into a scan's order, or keeps the scan's choice, instead of weighing all again.
/// </summary>
public sealed class CorpusPassProperties
{
    private static readonly EntityTagger Tagger = EntityTagger.Create(o => o.IncludeNested = true);

    // Few characters, so that names share prefixes and several start at one place.
    private const string Alphabet = "张李王书杰区委记";

    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location];

    private static readonly Confidence[] Confidences = Enum.GetValues<Confidence>();

    private static Gen<string> Texts(int minLength, int maxLength) =>
        Gen.Choose(minLength, maxLength).SelectMany(length => Gen.Elements(Alphabet.ToCharArray()).ArrayOf(length)).Select(chars => new string(chars));

    private static Gen<Candidate[]> Candidates(int textLength, int maxCount) =>
        (from start in Gen.Choose(0, textLength - 1)
         from length in Gen.Choose(1, 4)
         from type in Gen.Elements(Types)
         from confidence in Gen.Elements(Confidences)
         from titleGroup in Gen.Choose(-1, 1)
         select new Candidate(start, Math.Min(textLength, start + length), type, confidence, titleGroup))
        .ArrayOf().Select(candidates => candidates.Take(maxCount).ToArray());

    // As the corpus gazetteer proposes them: as sure as the corpus, no posts, one per span; some copy a scanned span,
    // so that twins are common.
    private static Gen<Candidate[]> CorpusCandidates(Candidate[] scanned, int textLength) =>
        (from copy in Gen.Elements(true, false)
         from pick in Gen.Choose(0, Math.Max(0, scanned.Length - 1))
         from start in Gen.Choose(0, textLength - 1)
         from length in Gen.Choose(1, 4)
         from type in Gen.Elements(Types)
         select copy && scanned.Length > 0
             ? scanned[pick] with { Confidence = Confidence.Corpus, TitleGroup = -1 }
             : new Candidate(start, Math.Min(textLength, start + length), type, Confidence.Corpus))
        .ArrayOf().Select(candidates => candidates.DistinctBy(c => (c.Start, c.End)).Take(6).ToArray());

    [Property(MaxTest = 150)]
    public Property A_gazetteer_restricted_to_a_scan_matches_as_one_made_of_its_entries() =>
        Prop.ForAll(Texts(0, 24).ToArbitrary(), Texts(1, 3).ArrayOf(12).ToArbitrary(), (text, names) =>
        {
            var gazetteer = Gazetteer.Create(names.Select((name, k) => new GazetteerEntry(name, Types[k % Types.Length])));
            var scan = Tagger.Scan(text);
            var restricted = gazetteer.RestrictTo(scan);
            var plain = Gazetteer.Create(restricted.Entries);
            var clean = scan.View.Clean;
            var other = new string(clean.AsSpan());

            // Every part of the scanned text from each offset on, cut short or not, and the same text elsewhere.
            var agrees = restricted.Equals(gazetteer.RestrictTo(text.AsSpan()));
            for (var start = 0; start <= clean.Length; start++)
            {
                for (var end = start; end <= clean.Length; end++)
                {
                    agrees &= Matches(restricted, clean.AsSpan(start, end - start)).SequenceEqual(Matches(plain, clean.AsSpan(start, end - start)))
                        && Matches(restricted, other.AsSpan(start, end - start)).SequenceEqual(Matches(plain, other.AsSpan(start, end - start)));
                }
            }

            return agrees.Label($"{text} / {string.Join(",", names)}");
        });

    [Property(MaxTest = 150)]
    public Property The_positions_a_scan_skips_to_hold_every_start_of_a_name() =>
        Prop.ForAll(Texts(0, 160).ToArbitrary(), Texts(1, 3).ArrayOf(12).ToArbitrary(), (text, names) =>
        {
            var gazetteer = Gazetteer.Create(names.Select((name, k) => new GazetteerEntry(name, Types[k % Types.Length])));
            var scan = Tagger.Scan(text);
            var clean = scan.View.Clean;
            var other = new string(clean.AsSpan());

            // The restriction answers its own text (and parts of it, cut short or not) from its kept starts, a word of
            // bits at a time, and any other text from its trie; the whole gazetteer from its trie.
            var agrees = true;
            foreach (var asked in new[] { gazetteer.RestrictTo(scan), gazetteer })
            {
                foreach (var (start, end) in new[] { (0, clean.Length), (clean.Length / 3, clean.Length), (0, clean.Length * 2 / 3), (clean.Length / 5, clean.Length - 2) })
                {
                    if (start <= end)
                    {
                        agrees &= VisitsEveryStart(asked, clean.AsSpan(start, end - start)) && VisitsEveryStart(asked, other.AsSpan(start, end - start));
                    }
                }
            }

            return agrees.Label($"{text} / {string.Join(",", names)}");
        });

    [Property(MaxTest = 1000)]
    public Property Merging_candidates_into_a_scans_order_chooses_as_weighing_all_does() =>
        Prop.ForAll(Candidates(16, 24).SelectMany(s => CorpusCandidates(s, 16).Select(a => (s, a))).ToArbitrary(), Gen.Choose(0, 24).ToArbitrary(), (pair, at) =>
        {
            var (scanned, added) = pair;
            var insertAt = Math.Min(at, scanned.Length);
            var all = scanned[..insertAt].Concat(added).Concat(scanned[insertAt..]).ToArray();
            var chosen = Resolver.Choose(scanned, 16, out var order);
            var expected = Resolver.Choose(all, 16);
            var merged = Resolver.ChooseWith(scanned, order, insertAt, added, 16);

            // The scan's choice is kept only when weighing all gives the same mentions (confidence aside).
            var kept = !Resolver.ChoosesAlready(chosen, added) || Mentions(chosen).SequenceEqual(Mentions(expected));
            return (merged.SequenceEqual(expected) && kept).Label($"{string.Join(" ", scanned)} + {string.Join(" ", added)} at {insertAt}");
        });

    [Fact]
    public void A_less_sure_person_twin_keeps_the_choice_only_where_nothing_chosen_contains_it()
    {
        // The corpus's 张书杰 is sure and so keeps the statistical 张书杰区 (which would run on past it) out; the
        // corpus's 张书杰区 inside nothing chosen changes nothing.
        Candidate[] scanned = [new(0, 4, EntityType.Person, Confidence.Statistical), new(0, 3, EntityType.Person, Confidence.Statistical)];
        Candidate[] added = [new(0, 3, EntityType.Person, Confidence.Corpus)];
        var chosen = Resolver.Choose(scanned, 4, out _);

        Assert.False(Resolver.ChoosesAlready(chosen, added));
        Assert.Equal([(0, 3)], Resolver.Choose([.. added, .. scanned], 4).Select(c => (c.Start, c.End)));
        Assert.True(Resolver.ChoosesAlready(chosen, [new(0, 4, EntityType.Person, Confidence.Corpus)]));
        Assert.Equal([(0, 4), (0, 3)], Resolver.Choose([new(0, 4, EntityType.Person, Confidence.Corpus), .. scanned], 4).Select(c => (c.Start, c.End)));
    }

    [Fact]
    public void Threads_sharing_a_scan_and_a_restriction_tag_it_alike()
    {
        // The scan's choice and a restricted gazetteer's trie (asked about a copy of its text) are made by whichever
        // thread asks first.
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")).Where(l => l.Length > 0).Take(120).ToArray();
        var gazetteer = Gazetteer.Merge(lines.Select(Tagger.Collect));
        var expected = lines.Select(l => Tagger.Tag(l, gazetteer)).ToArray();
        var scans = lines.Select(Tagger.Scan).ToArray();
        var restricted = scans.Select(gazetteer.RestrictTo).ToArray();
        var tagged = new Core.EquatableArray<EntityMention>[4][];
        Parallel.For(0, 4, thread => tagged[thread] = scans.Select((scan, i) => thread % 2 == 0
            ? Tagger.Tag(scan, restricted[i])
            : Tagger.Tag(new string(lines[i].AsSpan()), restricted[i])).ToArray());

        Assert.All(tagged, run => Assert.Equal(expected, run));
        Assert.Contains(restricted, r => !r.Entries.IsEmpty);
    }

    // Whether the positions NextMayStart leads to from the text's start are increasing and include every one where a
    // name starts.
    private static bool VisitsEveryStart(Gazetteer gazetteer, ReadOnlySpan<char> text)
    {
        var next = gazetteer.NextMayStart(text, 0);
        for (var position = 0; position < text.Length; position++)
        {
            if (position == next)
            {
                next = gazetteer.NextMayStart(text, position + 1);
                if (next <= position || next > text.Length)
                {
                    return false;
                }
            }
            else if (position > next || Matches(gazetteer, text[position..]).Count > 0)
            {
                return false;
            }
        }

        return next == text.Length;
    }

    private static List<int> Matches(Gazetteer gazetteer, ReadOnlySpan<char> text)
    {
        var found = new List<int>();
        foreach (var index in gazetteer.MatchesAt(text))
        {
            found.Add(index);
        }

        return found;
    }

    private static IEnumerable<(int Start, int End, EntityType Type, int TitleGroup)> Mentions(List<Candidate> chosen) =>
        chosen.Select(c => (c.Start, c.End, c.Type, c.TitleGroup));
}
