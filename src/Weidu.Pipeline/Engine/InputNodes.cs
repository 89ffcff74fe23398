using System.Collections.Immutable;

namespace Weidu.Pipeline.Engine;

/// <summary>The corpus's documents, keyed by id: a document whose text compares equal to last run's is cached.</summary>
internal sealed class DocumentsNode : IIncrementalNode<CorpusDocument>
{
    public NodeTable<CorpusDocument> Update(RunState run, NodeTable<CorpusDocument>? previous)
    {
        var entries = ImmutableArray.CreateBuilder<TableEntry<CorpusDocument>>(run.Corpus.Count);
        foreach (var document in run.Corpus.Documents)
        {
            var key = new ItemKey(document.Id, 0);
            var reason = IncrementalStepRunReason.New;
            if (previous is not null && previous.TryGet(key, out var old))
            {
                reason = old.Value.Text.ContentEquals(document.Text) ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Modified;
            }

            entries.Add(new TableEntry<CorpusDocument>(key, document, reason));
        }

        var table = NodeTable<CorpusDocument>.Create(entries.MoveToImmutable(), previous);
        run.Track("documents", table, previous, i => table.Entries[i].Value.Id);
        return table;
    }
}

/// <summary>A single value fixed when the graph was built (such as a gazetteer from the options): new in a driver's first run, cached in every later one.</summary>
internal sealed class ConstantNode<T>(T value) : IIncrementalNode<T>
{
    public NodeTable<T> Update(RunState run, NodeTable<T>? previous) =>
        NodeTable<T>.Create([new TableEntry<T>(ItemKey.Single, value, previous is null ? IncrementalStepRunReason.New : IncrementalStepRunReason.Cached)], previous);
}
