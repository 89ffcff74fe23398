using System.Collections.Immutable;
using Weidu.Core;

namespace Weidu.Pipeline.Engine;

/// <summary>What one registered output action produced for one item.</summary>
internal sealed record SinkContents(ImmutableArray<object> Outputs, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Runs a registered output action per item; a cached item keeps what the action produced last run.</summary>
internal sealed class OutputNode<T>(IIncrementalNode<T> source, Action<OutputSink, T> action) : IIncrementalNode<SinkContents>
{
    public NodeTable<SinkContents> Update(RunState run, NodeTable<SinkContents>? previous)
    {
        var input = run.GetTable(source);
        if (previous is not null && input.IsCached)
        {
            return previous.AsCached();
        }

        var reusable = run.TryGetPrevious(source, out var previousInput) ? previous?.ReusableChunks(input, previousInput) : null;
        var entries = NodeTable<SinkContents>.CreateBuilder(previous, input.Entries.Length);
        for (var i = 0; i < input.Entries.Length; i++)
        {
            if (NodeTable<SinkContents>.IsReusableChunkAt(reusable, i))
            {
                i = previous!.AddCachedChunkAt(entries, i);
                continue;
            }

            var item = input.Entries[i];
            if (item.IsReusable && previous is not null && previous.TryGet(item.Key, out var old, i))
            {
                entries.AddPrevious(old, IncrementalStepRunReason.Cached);
                continue;
            }

            run.CancellationToken.ThrowIfCancellationRequested();
            var sink = new OutputSink();
            action(sink, item.Value);
            entries.Add(new TableEntry<SinkContents>(item.Key, sink.ToContents(), IncrementalStepRunReason.Modified));
        }

        return NodeTable<SinkContents>.Create(entries.ToList(), previous);
    }
}
