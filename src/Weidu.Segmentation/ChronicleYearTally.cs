namespace Weidu.Segmentation;

/// <summary>
/// The rule for a chronicle whose title prints no year: it takes the year that most of the dated documents
/// before it carry, the earlier year on a tie. The segmenter applies it within one text; a caller that cuts a
/// corpus into pieces (a streaming reader) keeps one tally across the pieces and passes
/// <see cref="MostCommonYear"/> as <see cref="YearbookSegmenterOptions.Year"/>.
/// </summary>
/// <remarks>Not thread-safe: a tally follows one reading order.</remarks>
public sealed class ChronicleYearTally
{
    private readonly Dictionary<int, int> _counts = [];

    /// <summary>The year most counted documents carry (the earlier on a tie), or <see langword="null"/> before any.</summary>
    public int? MostCommonYear
    {
        get
        {
            int? best = null;
            var bestCount = 0;
            foreach (var (year, count) in _counts)
            {
                if (count > bestCount || (count == bestCount && year < best))
                {
                    best = year;
                    bestCount = count;
                }
            }

            return best;
        }
    }

    /// <summary>Counts a document: a dated document that is not a chronicle adds its year; others change nothing.</summary>
    public void Add(YearbookDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentKind != DocumentKind.Chronicle && document.Date is { } date)
        {
            AddYear(date.Year);
        }
    }

    internal void AddYear(int year) => _counts[year] = _counts.GetValueOrDefault(year) + 1;
}
