using System.Runtime.InteropServices;
using Weidu.Core;

namespace Weidu.Entities;

/// <summary>
/// Chooses among overlapping candidates: the surest wins, then the longest; a candidate that crosses a chosen one
/// is dropped, and one inside a chosen one is nested under it.
/// </summary>
internal static class Resolver
{
    public static List<Candidate> Choose(IReadOnlyList<Candidate> candidates, int textLength)
    {
        var scratch = ResolverScratch.Rent(candidates.Count, textLength + 1);
        return ChooseOrdered(Sort(candidates, scratch), scratch, textLength);
    }

    /// <summary>
    /// Chooses among <paramref name="candidates"/>; <paramref name="order"/> receives their indices in the order they
    /// were weighed (the surest first), for <see cref="ChooseWith"/> to weigh more candidates with them without a sort.
    /// </summary>
    public static List<Candidate> Choose(IReadOnlyList<Candidate> candidates, int textLength, out int[] order)
    {
        var scratch = ResolverScratch.Rent(candidates.Count, textLength + 1);
        var ordered = Sort(candidates, scratch);
        order = new int[ordered.Length];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = OrderOf(scratch.Keys[k]);
        }

        return ChooseOrdered(ordered, scratch, textLength);
    }

    // The surest first, then persons, the longest, the leftmost; candidates equal in all of these keep the order the
    // grammars proposed them in. One integer key per candidate, so the sort compares numbers, not candidates field by
    // field through a delegate (it was a tenth of tagging a paragraph). In the scratch's arrays: the keys, sorted, and
    // the candidates in their order, returned. The keys alone are sorted: each ends in its candidate's index, so they
    // say where each candidate goes, and the sort moves 16 bytes a step instead of 16 and a candidate's 20.
    private static Span<Candidate> Sort(IReadOnlyList<Candidate> candidates, ResolverScratch scratch)
    {
        var keys = scratch.Keys.AsSpan(0, candidates.Count);
        var ordered = scratch.Ordered.AsSpan(0, candidates.Count);
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = OrderKey(candidates[k], k);
        }

        keys.Sort();
        for (var k = 0; k < ordered.Length; k++)
        {
            ordered[k] = candidates[OrderOf(keys[k])];
        }

        return ordered;
    }

    // The index a key was made with (its low bits; see OrderKey).
    private static int OrderOf(UInt128 key) => (int)(uint)(ulong)key;

    /// <summary>
    /// What <see cref="Choose(IReadOnlyList{Candidate}, int)"/> chooses among <paramref name="candidates"/> with
    /// <paramref name="inserted"/> put in before the one at <paramref name="insertAt"/>, given the candidates' order
    /// from <see cref="Choose(IReadOnlyList{Candidate}, int, out int[])"/>: only the inserted ones are sorted, and
    /// merged in.
    /// </summary>
    public static List<Candidate> ChooseWith(IReadOnlyList<Candidate> candidates, int[] order, int insertAt, IReadOnlyList<Candidate> inserted, int textLength)
    {
        var (count, added) = (candidates.Count, inserted.Count);
        var scratch = ResolverScratch.Rent(count + added, textLength + 1);
        var keys = scratch.Keys.AsSpan(0, added);
        var ordered = scratch.Ordered.AsSpan(0, count + added);

        // The inserted ones sorted at the end; merged from the front, the merge writes each slot after it read it.
        var sorted = ordered[count..];
        for (var k = 0; k < added; k++)
        {
            sorted[k] = inserted[k];
            keys[k] = OrderKey(inserted[k], insertAt + k);
        }

        keys.Sort(sorted);
        var (next, nextAdded) = (0, 0);
        while (next < count)
        {
            var index = order[next];
            var candidate = candidates[index];
            if (nextAdded < added && keys[nextAdded] < OrderKey(candidate, index < insertAt ? index : index + added))
            {
                ordered[next + nextAdded] = sorted[nextAdded];
                nextAdded++;
            }
            else
            {
                ordered[next + nextAdded] = candidate;
                next++;
            }
        }

        return ChooseOrdered(ordered, scratch, textLength);
    }

    /// <summary>
    /// Whether weighing the corpus's candidates <paramref name="added"/> with the candidates <paramref name="chosen"/>
    /// was chosen from (sorted by start, outer first) leaves the choice as it is: true when each added one (as sure as
    /// the corpus, with no posts) has a chosen twin of its span and type that is no person, or a person at least as
    /// sure as the corpus, or a less sure person that nothing chosen contains.
    /// </summary>
    /// <remarks>
    /// A twin surer than the added one was weighed first and takes it as the same name. A twin less sure comes after
    /// it, and the added one is chosen in its place: between the two, a candidate the twin let through stays chosen
    /// (it does not cross the twin's span, nor share it), one that was dropped is dropped again (the chosen index only
    /// grows; one of the twin's span that was dropped would have dropped the twin too), and the twin then finds the
    /// added one as the same name and gives it its posts. An added person also marks a sure person, which a less sure
    /// person twin did not: that mark rejects only a body containing it or a statistical name running on past it, so
    /// it changes nothing when no chosen candidate contains the twin. The chosen one then differs from the twin in its
    /// confidence only, which no mention reads.
    /// </remarks>
    public static bool ChoosesAlready(List<Candidate> chosen, IReadOnlyList<Candidate> added)
    {
        var chosenSpan = CollectionsMarshal.AsSpan(chosen);
        foreach (var candidate in added)
        {
            if (candidate.Confidence != Confidence.Corpus || candidate.TitleGroup >= 0)
            {
                return false;
            }

            var twin = -1;
            for (var at = StartIndex(chosenSpan, candidate.Start); at < chosenSpan.Length && chosenSpan[at].Start == candidate.Start && twin < 0; at++)
            {
                twin = chosenSpan[at].End == candidate.End && chosenSpan[at].Type == candidate.Type ? at : -1;
            }

            if (twin < 0
                || (candidate.Type == EntityType.Person && chosenSpan[twin].Confidence < Confidence.Corpus
                    && IsContained(chosenSpan, twin)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a chosen candidate other than the one at index contains it (those start at or before it; no two chosen
    // share a span).
    private static bool IsContained(ReadOnlySpan<Candidate> chosen, int index)
    {
        var inner = chosen[index];
        for (var at = 0; at < chosen.Length && chosen[at].Start <= inner.Start; at++)
        {
            if (at != index && chosen[at].Contains(inner))
            {
                return true;
            }
        }

        return false;
    }

    // The first index of a candidate starting at or after start, in candidates sorted by start.
    private static int StartIndex(ReadOnlySpan<Candidate> candidates, int start)
    {
        var (low, high) = (0, candidates.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = candidates[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static List<Candidate> ChooseOrdered(ReadOnlySpan<Candidate> ordered, ResolverScratch scratch, int textLength)
    {
        var chosen = new List<Candidate>();
        var index = new ChosenIndex(scratch, textLength);
        foreach (var candidate in ordered)
        {
            if (index.TryFindSame(candidate, out var same))
            {
                // The posts printed with a name stay with it when a surer grammar found the same name.
                var other = chosen[same];
                if (other.Type == candidate.Type && other.TitleGroup < 0 && candidate.TitleGroup >= 0)
                {
                    chosen[same] = other with { TitleGroup = candidate.TitleGroup };
                }

                continue;
            }

            // An organisation or place that swallows a known person (张书杰查看社区) is a misread body.
            // So is a name read only from its characters that runs on past a sure name at its start (方婷沿 where the
            // corpus knows 方婷): the scan reads that name without the corpus, and the corpus says where it ends. And a
            // name read only from its characters that surer names cover end to end (黄淮: the rivers 黄 and 淮) is those
            // names: a person's name holds no other.
            if (index.Crosses(candidate)
                || (candidate.Type is EntityType.Organization or EntityType.Location && index.ContainsSurePerson(candidate, candidate.Confidence <= Confidence.Suffix))
                || (candidate.Type == EntityType.Person && candidate.Confidence == Confidence.Statistical && (index.ExtendsSurePerson(candidate) || index.IsCoveredEndToEnd(candidate))))
            {
                continue;
            }

            index.Add(candidate, chosen.Count);
            chosen.Add(candidate);
        }

        ResolverScratch.Return(scratch);
        CollectionsMarshal.AsSpan(chosen).Sort(default(TextOrder));
        return chosen;
    }

    // From the most to the least significant bits: confidence (high first), person or not, length (long first), start,
    // type, and the order proposed. Lengths and starts are below 2^31, types and confidences below 2^8.
    private static UInt128 OrderKey(Candidate candidate, int order)
    {
        var high = ((ulong)(byte.MaxValue - (int)candidate.Confidence) << 56)
            | ((candidate.Type == EntityType.Person ? 0UL : 1UL) << 55)
            | ((ulong)(int.MaxValue - candidate.Length) << 24)
            | ((ulong)candidate.Start >> 7);
        var low = ((ulong)candidate.Start << 57) | ((ulong)(byte)candidate.Type << 49) | (uint)order;
        return new UInt128(high, low);
    }

    // By start, the outer (longer) of two at one start first. A struct comparer, so the sort inlines it.
    private readonly struct TextOrder : IComparer<Candidate>
    {
        public int Compare(Candidate x, Candidate y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End);
    }

    /// <summary>Turns chosen candidates (sorted by start, outer first) into mentions over the original text.</summary>
    public static EquatableArray<EntityMention> ToMentions(
        List<Candidate> chosen, TextView view, IReadOnlyList<string[]> titleGroups, bool includeNested)
    {
        var index = 0;
        var result = new List<EntityMention>();
        while (index < chosen.Count)
        {
            result.Add(Build(chosen, ref index, view, titleGroups, includeNested));
        }

        return result.ToEquatableArray();
    }

    private static EntityMention Build(List<Candidate> chosen, ref int index, TextView view, IReadOnlyList<string[]> titleGroups, bool includeNested)
    {
        var outer = chosen[index++];
        List<EntityMention>? nested = null;
        while (index < chosen.Count && outer.Contains(chosen[index]))
        {
            var inner = Build(chosen, ref index, view, titleGroups, includeNested);
            if (includeNested)
            {
                (nested ??= []).Add(inner);
            }
        }

        var (start, end) = view.ToOriginal(outer.Start, outer.End);
        return new EntityMention(TextSpan.FromBounds(start, end), view.Clean[outer.Start..outer.End], outer.Type)
        {
            Titles = outer.TitleGroup >= 0 ? new EquatableArray<string>(titleGroups[outer.TitleGroup]) : EquatableArray<string>.Empty,
            Nested = nested is null ? EquatableArray<EntityMention>.Empty : nested.ToEquatableArray(),
        };
    }
}

/// <summary>
/// The chosen candidates indexed by position, so that checking a candidate against them costs its length, not their
/// number: chosen candidates never cross, so one crossing [start, end) either ends inside it having started before
/// it, or starts inside it and ends after it.
/// </summary>
internal sealed class ChosenIndex
{
    private readonly int[] _minStartEndingAt;
    private readonly int[] _maxEndStartingAt;
    private readonly int[] _minSurePersonEndStartingAt;
    private readonly int[] _minListedPersonEndStartingAt;

    // The chosen candidates by start, as chains: the last one added at each start, and for each one its end and the
    // one added at its start before it. A candidate's twin is found in the few chosen at its start, with no hashing.
    private readonly int[] _lastChosenStartingAt;
    private readonly int[] _chosenEnd;
    private readonly int[] _previousChosenAtStart;
    private readonly int _length;

    public ChosenIndex(ResolverScratch scratch, int textLength)
    {
        _length = textLength + 1;
        _minStartEndingAt = scratch.MinStartEndingAt;
        _maxEndStartingAt = scratch.MaxEndStartingAt;
        _minSurePersonEndStartingAt = scratch.MinSurePersonEndStartingAt;
        _minListedPersonEndStartingAt = scratch.MinListedPersonEndStartingAt;
        _lastChosenStartingAt = scratch.LastChosenStartingAt;
        _chosenEnd = scratch.ChosenEnd;
        _previousChosenAtStart = scratch.PreviousChosenAtStart;
        _lastChosenStartingAt.AsSpan(0, _length).Fill(-1);
        _minStartEndingAt.AsSpan(0, _length).Fill(int.MaxValue);
        _maxEndStartingAt.AsSpan(0, _length).Fill(-1);
        _minSurePersonEndStartingAt.AsSpan(0, _length).Fill(int.MaxValue);
        _minListedPersonEndStartingAt.AsSpan(0, _length).Fill(int.MaxValue);
    }

    public bool TryFindSame(Candidate candidate, out int index)
    {
        for (index = _lastChosenStartingAt[candidate.Start]; index >= 0; index = _previousChosenAtStart[index])
        {
            if (_chosenEnd[index] == candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    public bool Crosses(Candidate candidate)
    {
        for (var position = candidate.Start + 1; position < candidate.End; position++)
        {
            if (_minStartEndingAt[position] < candidate.Start || _maxEndStartingAt[position] > candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a person found with context or in a gazetteer lies inside <paramref name="candidate"/>, or, when
    /// <paramref name="orListed"/>, one the lexicon lists (金大中 in 金大中新政府, which only a grammar proposed).
    /// </summary>
    public bool ContainsSurePerson(Candidate candidate, bool orListed)
    {
        var ends = orListed ? _minListedPersonEndStartingAt : _minSurePersonEndStartingAt;
        for (var position = candidate.Start; position < candidate.End; position++)
        {
            if (ends[position] <= candidate.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether chosen candidates inside <paramref name="candidate"/> follow one another from its start to its end (黄 and
    /// 淮 in 黄淮), for a candidate that crosses none.
    /// </summary>
    public bool IsCoveredEndToEnd(Candidate candidate)
    {
        for (var position = candidate.Start; position < candidate.End; position = _maxEndStartingAt[position])
        {
            if (_maxEndStartingAt[position] < 0 || _maxEndStartingAt[position] > candidate.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a person found with context or in a gazetteer starts where <paramref name="candidate"/> does and ends before it.</summary>
    public bool ExtendsSurePerson(Candidate candidate) => _minSurePersonEndStartingAt[candidate.Start] < candidate.End;

    public void Add(Candidate candidate, int index)
    {
        (_chosenEnd[index], _previousChosenAtStart[index]) = (candidate.End, _lastChosenStartingAt[candidate.Start]);
        _lastChosenStartingAt[candidate.Start] = index;
        _minStartEndingAt[candidate.End] = Math.Min(_minStartEndingAt[candidate.End], candidate.Start);
        _maxEndStartingAt[candidate.Start] = Math.Max(_maxEndStartingAt[candidate.Start], candidate.End);
        if (candidate.Type == EntityType.Person && candidate.Confidence >= Confidence.Lexicon)
        {
            _minListedPersonEndStartingAt[candidate.Start] = Math.Min(_minListedPersonEndStartingAt[candidate.Start], candidate.End);
        }

        if (candidate.Type == EntityType.Person && candidate.Confidence >= Confidence.Corpus)
        {
            _minSurePersonEndStartingAt[candidate.Start] = Math.Min(_minSurePersonEndStartingAt[candidate.Start], candidate.End);
        }
    }
}
