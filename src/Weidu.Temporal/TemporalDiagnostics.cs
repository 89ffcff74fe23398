using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>The diagnostics Weidu.Temporal reports (codes WD3001–WD3099).</summary>
public static class TemporalDiagnostics
{
    /// <summary>WD3001: an expression has the shape of a date but names none (2月30日, 农历闰八月 in a year without it).</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new(
        "WD3001", "Invalid date", "'{0}' has the form of a date but names no day of the calendar", DiagnosticSeverity.Warning);

    /// <summary>WD3002: a chronicle entry marker could not be read as a date.</summary>
    public static readonly DiagnosticDescriptor UnreadableEntryMarker = new(
        "WD3002", "Unreadable chronicle entry marker", "The chronicle entry marker '{0}' is not a date", DiagnosticSeverity.Warning);
}
