namespace Weidu.Pipeline.Engine;

/// <summary>The corpus's documents, keyed by id: a document whose text compares equal to last run's is cached.</summary>
internal sealed class DocumentsNode : IIncrementalNode<CorpusDocument>
{
    public NodeTable<CorpusDocument> Update(RunState run, NodeTable<CorpusDocument>? previous)
    {
        var entries = NodeTable<CorpusDocument>.CreateBuilder(previous, run.Corpus.Count);
        foreach (var document in run.Corpus.Documents)
        {
            var key = new ItemKey(document.Id, 0);
            var reason = IncrementalStepRunReason.New;
            if (previous is not null && previous.TryGet(key, out var old, entries.Count))
            {
                reason = old.Value.Text.ContentEquals(document.Text) ? IncrementalStepRunReason.Cached : IncrementalStepRunReason.Modified;
            }

            entries.Add(new TableEntry<CorpusDocument>(key, document, reason));
        }

        var table = NodeTable<CorpusDocument>.Create(entries.ToList(), previous);
        run.Track("documents", table, previous, i => table.Entries[i].Value.Id);
        return table;
    }
}
