namespace Weidu.Pipeline;

/// <summary>Why a tracked step produced its output in a run, as in Roslyn's incremental generators.</summary>
public enum IncrementalStepRunReason
{
    /// <summary>The item did not exist in the previous run.</summary>
    New,

    /// <summary>The step ran again because its input changed, and its output compares equal to the previous one.</summary>
    Unchanged,

    /// <summary>The step ran again because its input changed, and its output differs from the previous one.</summary>
    Modified,

    /// <summary>The input compared equal to the previous run's, so the step did not run and its previous output was reused.</summary>
    Cached,

    /// <summary>The item existed in the previous run and no longer does.</summary>
    Removed,
}
