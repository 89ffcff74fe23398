using System.Collections.Immutable;
using Weidu.Entities;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline.BuiltIns;

/// <summary>
/// The corpus gazetteer with what it was merged from: how many items contributed each name with each type. A
/// tally is updated from the contributions that changed, so a run after an edit merges a few contributions
/// instead of every item's. It is the gazetteer <see cref="Gazetteer.Merge"/> makes of all the contributions.
/// </summary>
internal sealed class GazetteerTally
{
    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    private GazetteerTally(Gazetteer gazetteer, ImmutableDictionary<GazetteerEntry, int> counts, ImmutableDictionary<string, GazetteerEntry> chosen)
    {
        Gazetteer = gazetteer;
        Counts = counts;
        Chosen = chosen;
    }

    public static GazetteerTally Empty { get; } = new(
        Gazetteer.Empty,
        ImmutableDictionary<GazetteerEntry, int>.Empty,
        ImmutableDictionary.Create<string, GazetteerEntry>(StringComparer.Ordinal));

    /// <summary>The merged gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>How many contributions list each entry.</summary>
    private ImmutableDictionary<GazetteerEntry, int> Counts { get; }

    /// <summary>The entry the gazetteer keeps for each name.</summary>
    private ImmutableDictionary<string, GazetteerEntry> Chosen { get; }

    /// <summary>The tally with each change's old contribution taken out and its new one put in (either may be null).</summary>
    public GazetteerTally Update(IEnumerable<(GazetteerContribution? Removed, GazetteerContribution? Added)> changes)
    {
        var counts = Counts.ToBuilder();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (removed, added) in changes)
        {
            foreach (var entry in removed?.Entries ?? [])
            {
                var count = counts[entry] - 1;
                if (count == 0)
                {
                    counts.Remove(entry);
                }
                else
                {
                    counts[entry] = count;
                }

                touched.Add(entry.Text);
            }

            foreach (var entry in added?.Entries ?? [])
            {
                counts[entry] = counts.GetValueOrDefault(entry) + 1;
                touched.Add(entry.Text);
            }
        }

        var chosen = Chosen.ToBuilder();
        var changed = false;
        foreach (var text in touched)
        {
            var entry = Choose(text, counts);
            var had = chosen.TryGetValue(text, out var before);
            if (entry is null ? had : !had || entry != before)
            {
                changed = true;
                if (entry is null)
                {
                    chosen.Remove(text);
                }
                else
                {
                    chosen[text] = entry;
                }
            }
        }

        var newChosen = changed ? chosen.ToImmutable() : Chosen;
        return new GazetteerTally(changed ? Gazetteer.Create(newChosen.Values) : Gazetteer, counts.ToImmutable(), newChosen);
    }

    /// <summary>The entry a merged gazetteer keeps for <paramref name="text"/>, by the gazetteer's own rule for a name listed with several types.</summary>
    private static GazetteerEntry? Choose(string text, ImmutableDictionary<GazetteerEntry, int>.Builder counts)
    {
        var listed = new List<GazetteerEntry>();
        foreach (var type in Types)
        {
            var entry = new GazetteerEntry(text, type);
            if (counts.TryGetValue(entry, out var count))
            {
                listed.AddRange(Enumerable.Repeat(entry, count));
            }
        }

        var merged = Gazetteer.Create(listed).Entries;
        return merged.IsEmpty ? null : merged[0];
    }
}

/// <summary>
/// Merges the items' gazetteer contributions into a <see cref="GazetteerTally"/>. After the first run it takes out
/// the previous contribution of each item that changed or went and puts in the new one, so its work is
/// proportional to what changed (plus one pass over the keys to find the items that went).
/// </summary>
internal sealed class GazetteerTallyNode(IIncrementalNode<GazetteerContribution> contributions) : IIncrementalNode<GazetteerTally>
{
    public NodeTable<GazetteerTally> Update(RunState run, NodeTable<GazetteerTally>? previous)
    {
        var input = run.GetTable(contributions);
        if (previous is not null && input.IsCached)
        {
            return previous.AsCached();
        }

        var tally = previous is not null && run.TryGetPrevious(contributions, out var before)
            ? previous.Single.Value.Update(Changes(input, before))
            : GazetteerTally.Empty.Update(Additions(input));
        var reason = previous is null ? IncrementalStepRunReason.New : IncrementalStepRunReason.Modified;
        return NodeTable<GazetteerTally>.CreateSingle(new TableEntry<GazetteerTally>(ItemKey.Single, tally, reason), previous);
    }

    private static IEnumerable<(GazetteerContribution? Removed, GazetteerContribution? Added)> Additions(NodeTable<GazetteerContribution> input)
    {
        foreach (var entry in input.Entries)
        {
            yield return (null, entry.Value);
        }
    }

    private static IEnumerable<(GazetteerContribution? Removed, GazetteerContribution? Added)> Changes(NodeTable<GazetteerContribution> input, NodeTable<GazetteerContribution> before)
    {
        for (var i = 0; i < input.Entries.Length; i++)
        {
            // A reusable entry holds a contribution equal to its previous one.
            var entry = input.Entries[i];
            if (!entry.IsReusable)
            {
                yield return (before.TryGet(entry.Key, out var old, i) ? old.Value : null, entry.Value);
            }
        }

        for (var i = 0; i < before.Entries.Length; i++)
        {
            var old = before.Entries[i];
            if (!input.TryGet(old.Key, out _, i))
            {
                yield return (old.Value, null);
            }
        }
    }
}
