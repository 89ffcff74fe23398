using Weidu.Core;

namespace Weidu.Pipeline;

/// <summary>The diagnostics Weidu.Pipeline reports (codes WD5001–WD5999).</summary>
public static class PipelineDiagnostics
{
    /// <summary>WD5001: streamed text ran longer than <see cref="StreamOptions.MaxItemLength"/> without a safe place to cut it, and was cut there.</summary>
    public static readonly DiagnosticDescriptor ItemTooLarge = new(
        "WD5001", "Item too large", "No paragraph or entry boundary within {0} characters; the text was cut at position {1}", DiagnosticSeverity.Warning);

    /// <summary>
    /// WD5002: reading the input failed before it ended; the text decoded until then was analysed as if the
    /// input had ended there, and the stream ended normally.
    /// </summary>
    public static readonly DiagnosticDescriptor InputStopped = new(
        "WD5002", "Input stopped", "The input stopped after {0} bytes: {1}", DiagnosticSeverity.Error);
}
