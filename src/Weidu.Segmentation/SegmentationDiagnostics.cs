using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>The diagnostics the yearbook segmenter reports (codes WD2001–WD2099).</summary>
public static class SegmentationDiagnostics
{
    /// <summary>WD2001: no document title was found, so the text became one document of paragraphs.</summary>
    public static readonly DiagnosticDescriptor NotAYearbook = new(
        "WD2001",
        "Not a yearbook",
        "No speech, report or chronicle title was found; the text was segmented as one document of paragraphs",
        DiagnosticSeverity.Info);

    /// <summary>WD2002: a section number skips ahead, so a heading may have been lost.</summary>
    public static readonly DiagnosticDescriptor NumberingGap = new(
        "WD2002",
        "Section numbering gap",
        "Section '{0}' follows number {1}: a heading may be missing",
        DiagnosticSeverity.Warning);

    /// <summary>WD2003: the year of a chronicle is printed nowhere.</summary>
    public static readonly DiagnosticDescriptor ChronicleYearUnknown = new(
        "WD2003",
        "Chronicle year unknown",
        "The year of chronicle '{0}' is not printed in its title or in any document date; set YearbookSegmenterOptions.Year",
        DiagnosticSeverity.Warning);

    /// <summary>WD2004: a date line does not print a full date.</summary>
    public static readonly DiagnosticDescriptor UnreadableDateLine = new(
        "WD2004",
        "Unreadable date line",
        "The date line '{0}' does not print a full date",
        DiagnosticSeverity.Warning);
}
