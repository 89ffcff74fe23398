using System.Diagnostics.CodeAnalysis;
using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>
/// Dates of chronicle (大事记) entries: an entry marker (13日, 是日, 是月, 日前, 中旬, 2日至3日) read in its
/// chronicle's year and month, with 是日 taking the previous entry's date.
/// </summary>
public static class ChronicleDates
{
    private static readonly TemporalExtractor Extractor = new();

    /// <summary>
    /// Resolves an entry marker. <paramref name="year"/> and <paramref name="month"/> come from the chronicle's
    /// context (its document, the corpus metadata or an option); <paramref name="previousEntryDate"/> is the
    /// date of the entry before, for 是日.
    /// </summary>
    /// <returns>False, with a WD3002 diagnostic, when the marker is not a date.</returns>
    public static bool TryResolveEntry(ReadOnlySpan<char> marker, int year, int month, DateOnly? previousEntryDate,
        [NotNullWhen(true)] out TemporalMention? date, DiagnosticBag? diagnostics = null)
    {
        date = null;
        var trimmed = marker.Trim().Trim('*');
        if (year is >= 1 and <= 9998 && month is >= 1 and <= 12)
        {
            var monthStart = new DateTime(year, month, 1);
            if (trimmed.SequenceEqual("日前"))
            {
                var end = previousEntryDate is { } previous && previous.Year == year && previous.Month == month
                    ? previous.ToDateTime(TimeOnly.MinValue).AddDays(1)
                    : monthStart.AddMonths(1);
                date = new TemporalMention(new TextSpan(0, trimmed.Length), trimmed.ToString(), TemporalKind.Interval, $"{year:D4}-{month:D2}",
                    TemporalModifier.Before, TemporalGrain.Day, new TemporalInterval(monthStart, end),
                    previousEntryDate is null ? AnchorSource.DocumentDate : AnchorSource.PreviousEntry);
                return true;
            }

            var context = TemporalContext.ForChronicle(year, month, previousEntryDate);
            var mentions = Extractor.Extract(trimmed, context);
            if (mentions.Count > 0 && mentions[0].Span.Start == 0)
            {
                date = mentions[0];
                return true;
            }
        }

        diagnostics?.Add(Diagnostic.Create(TemporalDiagnostics.UnreadableEntryMarker, new TextSpan(0, marker.Length), null, marker.ToString()));
        return false;
    }
}
