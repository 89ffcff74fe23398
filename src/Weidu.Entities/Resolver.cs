using Weidu.Core;

namespace Weidu.Entities;

/// <summary>
/// Chooses among overlapping candidates: the surest wins, then the longest; a candidate that crosses a chosen one
/// is dropped, and one inside a chosen one is nested under it.
/// </summary>
internal static class Resolver
{
    public static List<Candidate> Choose(IReadOnlyList<Candidate> candidates)
    {
        var ordered = candidates
            .OrderByDescending(c => c.Confidence)
            .ThenByDescending(c => c.Type == EntityType.Person)
            .ThenByDescending(c => c.Length)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Type);
        var chosen = new List<Candidate>();
        foreach (var candidate in ordered)
        {
            var keep = true;
            for (var k = 0; k < chosen.Count; k++)
            {
                var other = chosen[k];
                var same = other.Start == candidate.Start && other.End == candidate.End;
                var crosses = candidate.Overlaps(other) && !candidate.Contains(other) && !other.Contains(candidate);

                // An organisation or place that swallows a known person (张书杰查看社区) is a misread body.
                var swallowsPerson = candidate.Contains(other) && other.Type == EntityType.Person && other.Confidence >= Confidence.Corpus
                    && candidate.Type is EntityType.Organization or EntityType.Location;
                if (same && other.Type == candidate.Type && other.TitleGroup < 0 && candidate.TitleGroup >= 0)
                {
                    // The posts printed with a name stay with it when a surer grammar found the same name.
                    chosen[k] = other with { TitleGroup = candidate.TitleGroup };
                }

                if (same || crosses || swallowsPerson)
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return chosen;
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
        var nested = new List<EntityMention>();
        while (index < chosen.Count && outer.Contains(chosen[index]))
        {
            var inner = Build(chosen, ref index, view, titleGroups, includeNested);
            if (includeNested)
            {
                nested.Add(inner);
            }
        }

        var (start, end) = view.ToOriginal(outer.Start, outer.End);
        return new EntityMention(TextSpan.FromBounds(start, end), view.Clean[outer.Start..outer.End], outer.Type)
        {
            Titles = outer.TitleGroup >= 0 ? new EquatableArray<string>(titleGroups[outer.TitleGroup]) : EquatableArray<string>.Empty,
            Nested = nested.ToEquatableArray(),
        };
    }
}
