using System.Collections.Immutable;
using Weidu.Core;

namespace Weidu.Pipeline;

/// <summary>What a run produced: the registered outputs, the diagnostics and, when tracking is on, the steps of every named node.</summary>
public sealed class CorpusRunResult
{
    internal CorpusRunResult(ImmutableArray<object> outputs, EquatableArray<Diagnostic> diagnostics, ImmutableDictionary<string, ImmutableArray<TrackedStep>> trackedSteps)
    {
        Outputs = outputs;
        Diagnostics = diagnostics;
        TrackedSteps = trackedSteps;
    }

    internal static CorpusRunResult Empty { get; } = new([], EquatableArray<Diagnostic>.Empty, ImmutableDictionary<string, ImmutableArray<TrackedStep>>.Empty);

    /// <summary>Every value the registered output actions added, in registration order and then item order.</summary>
    public ImmutableArray<object> Outputs { get; }

    /// <summary>Every diagnostic the stages reported.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The steps of each node named with <c>WithTrackingName</c> (the built-in per-item nodes are <c>segment</c>,
    /// <c>tokenize</c>, <c>temporal</c> and <c>entities</c>), keyed by name; empty unless
    /// <see cref="CorpusDriverOptions.TrackIncrementalSteps"/> is on.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<TrackedStep>> TrackedSteps { get; }

    /// <summary>The outputs of type <typeparamref name="T"/>, in order.</summary>
    public IEnumerable<T> GetOutputs<T>() => Outputs.OfType<T>();
}
