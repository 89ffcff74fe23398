namespace Weidu.Pipeline;

/// <summary>
/// One item that a tracked node (see <see cref="IncrementalValuesProvider{T}.WithTrackingName(string)"/>)
/// handled in a run: what went in, what came out and why.
/// </summary>
/// <param name="Name">The node's tracking name.</param>
/// <param name="DocumentId">The document the item belongs to, or <see langword="null"/> for a corpus-wide value.</param>
/// <param name="Input">The step's input value (for a <see cref="IncrementalStepRunReason.Removed"/> item, <see langword="null"/>).</param>
/// <param name="Output">The step's output value (for a removed item, its last output).</param>
/// <param name="Reason">Why the output is what it is.</param>
public sealed record TrackedStep(string Name, string? DocumentId, object? Input, object? Output, IncrementalStepRunReason Reason);
