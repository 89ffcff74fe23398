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
        // The surest first, then persons, the longest, the leftmost; candidates equal in all of these keep the order
        // the grammars proposed them in. One integer key per candidate, so the sort compares numbers, not candidates
        // field by field through a delegate (it was a tenth of tagging a paragraph).
        // From the thread's scratch: a scan sorts its candidates once and keeps only the chosen ones.
        var scratch = ResolverScratch.Rent(candidates.Count, textLength + 1);
        var keys = scratch.Keys.AsSpan(0, candidates.Count);
        var ordered = scratch.Ordered.AsSpan(0, candidates.Count);
        for (var k = 0; k < ordered.Length; k++)
        {
            ordered[k] = candidates[k];
            keys[k] = OrderKey(candidates[k], k);
        }

        keys.Sort(ordered);
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
            // corpus knows 方婷): the scan reads that name without the corpus, and the corpus says where it ends.
            if (index.Crosses(candidate)
                || (candidate.Type is EntityType.Organization or EntityType.Location && index.ContainsSurePerson(candidate, candidate.Confidence <= Confidence.Suffix))
                || (candidate.Type == EntityType.Person && candidate.Confidence == Confidence.Statistical && index.ExtendsSurePerson(candidate)))
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
    private readonly Dictionary<long, int> _bySpan = [];
    private readonly int _length;

    public ChosenIndex(ResolverScratch scratch, int textLength)
    {
        _length = textLength + 1;
        _minStartEndingAt = scratch.MinStartEndingAt;
        _maxEndStartingAt = scratch.MaxEndStartingAt;
        _minSurePersonEndStartingAt = scratch.MinSurePersonEndStartingAt;
        _minListedPersonEndStartingAt = scratch.MinListedPersonEndStartingAt;
        _minStartEndingAt.AsSpan(0, _length).Fill(int.MaxValue);
        _maxEndStartingAt.AsSpan(0, _length).Fill(-1);
        _minSurePersonEndStartingAt.AsSpan(0, _length).Fill(int.MaxValue);
        _minListedPersonEndStartingAt.AsSpan(0, _length).Fill(int.MaxValue);
    }

    public bool TryFindSame(Candidate candidate, out int index) => _bySpan.TryGetValue(SpanKey(candidate), out index);

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

    /// <summary>Whether a person found with context or in a gazetteer starts where <paramref name="candidate"/> does and ends before it.</summary>
    public bool ExtendsSurePerson(Candidate candidate) => _minSurePersonEndStartingAt[candidate.Start] < candidate.End;

    public void Add(Candidate candidate, int index)
    {
        _bySpan[SpanKey(candidate)] = index;
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

    private static long SpanKey(Candidate candidate) => ((long)candidate.Start << 32) | (uint)candidate.End;
}
