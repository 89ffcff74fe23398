namespace Weidu.Entities.Tests;

/// <summary>
/// The statistical name scan stops scoring a window before the lexicon's questions when a bound on what they can add
/// leaves it under its floor (<c>Scanner.ScoreBound</c>). The bound is written beside the score's features, so a
/// feature added or raised without it would reject names; these tests score every window in full and compare.
/// </summary>
public sealed class NameScoreBoundTests
{
    [Fact]
    public void No_window_of_the_yearbook_or_the_tests_sentences_scores_above_its_bound()
    {
        var windows = 0;
        var cut = 0;
        var above = new List<string>();
        foreach (var text in ScannerTexts.YearbookAndTestSentences)
        {
            var clean = TextView.Create(text).Clean;
            var scanner = ScannerTexts.CreateScanner(clean);
            for (var start = 0; start < clean.Length; start++)
            {
                var surname = NameModel.SurnameLength(clean.AsSpan(start));
                for (var length = surname + 1; surname > 0 && length <= surname + 2 && start + length <= clean.Length; length++)
                {
                    // Under every score the floor never stops it; over every bound the bound stops it at once.
                    var score = scanner.NameScoreWithFloor(start, length, float.NegativeInfinity);
                    var bound = scanner.NameScoreWithFloor(start, length, float.PositiveInfinity);
                    windows++;
                    cut += bound < 3f ? 1 : 0;
                    if (score > bound && above.Count < 5)
                    {
                        above.Add($"{clean.Substring(start, length)} in {clean}: {score} > {bound}");
                    }
                }
            }
        }

        Assert.Empty(above);

        // A bound too loose to stop anything would pass the comparison and spare nothing.
        Assert.True(windows > 20_000 && cut > windows / 3, $"{cut} of {windows} windows under the floor by the bound");
    }
}
