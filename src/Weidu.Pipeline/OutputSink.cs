using System.Collections.Immutable;
using Weidu.Core;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline;

/// <summary>
/// Receives what a registered output action produces for one item: output values (records a consumer reads
/// from <see cref="CorpusRunResult.Outputs"/>) and diagnostics. What it receives is cached with the item,
/// so an action is called again only for items whose input changed.
/// </summary>
public sealed class OutputSink
{
    private readonly ImmutableArray<object>.Builder _outputs = ImmutableArray.CreateBuilder<object>();
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    internal OutputSink()
    {
    }

    /// <summary>Adds an output value; give it value equality (a record) so that results can be compared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Add(object output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _outputs.Add(output);
    }

    /// <summary>Reports a diagnostic about the item.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }

    internal SinkContents ToContents() => new(_outputs.ToImmutable(), _diagnostics.ToImmutable());
}
