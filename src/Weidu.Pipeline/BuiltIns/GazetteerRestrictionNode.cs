using Weidu.Entities;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline.BuiltIns;

/// <summary>
/// Per item, the part of the corpus gazetteer whose names occur in the item's text
/// (<see cref="Gazetteer.RestrictTo(EntityScan)"/>, from the item's scan): what the item's tagging depends on, so that a change
/// of the corpus gazetteer re-tags only the items where a name that entered or left it occurs.
/// </summary>
/// <remarks>
/// When the gazetteer changed and an item's text did not, the item's restriction changes only if one of the names
/// that entered or left the gazetteer (or changed type) occurs in its text, since whether a name occurs in a text
/// does not depend on the other names. So those names are looked for in the texts (first in each text's
/// <see cref="CharacterSignature"/>, kept with the table, then by a vectorised search for each name's first character
/// and a comparison), and an item where none occurs keeps its restriction, reported
/// <see cref="IncrementalStepRunReason.Unchanged"/>: its input changed and its output is known equal without a new
/// pass over its text. The other items are restricted again. When many names changed, every item is.
/// </remarks>
internal sealed class GazetteerRestrictionNode(IIncrementalNode<EntityScan> scans, IIncrementalNode<Gazetteer> gazetteer, string? name = null)
    : IIncrementalNode<Gazetteer>
{
    // Beyond this many changed names, looking for each in every text costs more than restricting every text again.
    private const int MaxChangedNames = 64;

    public NodeTable<Gazetteer> Update(RunState run, NodeTable<Gazetteer>? previous)
    {
        var input = run.GetTable(scans);
        var corpus = run.GetTable(gazetteer);
        NodeTable<Gazetteer> table;
        if (previous is not null && input.IsCached && corpus.IsCached)
        {
            table = previous.AsCached();
        }
        else
        {
            var current = corpus.Single;
            var changedNames = previous is null || current.IsReusable ? null : ChangedNames(run, current.Value);
            var oldSignatures = previous?.State as ChunkedList<CharacterSignature>? ?? default;
            var signatures = new ChunkedList<CharacterSignature>.Builder(oldSignatures, input.Entries.Length);
            var pending = new List<int>();
            for (var i = 0; i < input.Entries.Length; i++)
            {
                var item = input.Entries[i];
                var at = previous is not null && item.IsReusable ? previous.IndexOf(item.Key, i) : -1;
                var signature = at >= 0 ? oldSignatures[at] : CharacterSignature.Of(item.Value.Text);
                signatures.Add(signature, isPreviousItemHere: at == i);
                var keepsOld = at >= 0
                    && (current.IsReusable || (changedNames is not null && !(signature.MayContainAny(changedNames) && Gazetteer.MayAnyOccurIn(item.Value.Text, changedNames))));
                if (!keepsOld)
                {
                    pending.Add(i);
                }
            }

            var computed = run.Compute(pending, i =>
            {
                var item = input.Entries[i];
                var value = current.Value.RestrictTo(item.Value);
                var reason = previous is null || !previous.TryGet(item.Key, out var old, i) ? IncrementalStepRunReason.New
                    : old.Value.Equals(value) ? IncrementalStepRunReason.Unchanged
                    : IncrementalStepRunReason.Modified;
                return new TableEntry<Gazetteer>(item.Key, value, reason);
            });

            // An item kept is cached when the gazetteer is; else none of the names that changed can occur in it.
            var kept = current.IsReusable ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Unchanged;
            table = NodeTable<Gazetteer>.Create(NodeTable<Gazetteer>.Merge(input, previous, pending, computed, kept), previous, state: signatures.ToList());
        }

        run.Track(name, table, previous, i => input.Entries[i].Value.Text);
        return table;
    }

    /// <summary>The names that entered or left the gazetteer since the previous run, or null when there are too many to look for.</summary>
    private string[]? ChangedNames(RunState run, Gazetteer current)
    {
        if (!run.TryGetPrevious(gazetteer, out var before))
        {
            return null;
        }

        var gone = before.Single.Value.Entries.ToHashSet();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in current.Entries)
        {
            if (!gone.Remove(entry))
            {
                names.Add(entry.Text);
            }
        }

        foreach (var entry in gone)
        {
            names.Add(entry.Text);
        }

        return names.Count <= MaxChangedNames ? [.. names] : null;
    }
}
