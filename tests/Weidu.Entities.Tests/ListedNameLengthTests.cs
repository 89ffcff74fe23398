namespace Weidu.Entities.Tests;

/// <summary>
/// The names listed beside a person (张三、李四、王五) are parsed once a text and the lengths kept by position
/// (<c>Scanner.ListedNameLength</c>), since a list is searched from each of its names: every kept length must be what a
/// fresh parse reads there.
/// </summary>
public sealed class ListedNameLengthTests
{
    [Fact]
    public void Every_length_kept_for_the_yearbook_and_the_tests_sentences_is_what_the_parse_reads_there()
    {
        var kept = 0;
        var wrong = new List<string>();
        foreach (var text in ScannerTexts.YearbookAndTestSentences)
        {
            var clean = TextView.Create(text).Clean;
            var scanner = ScannerTexts.CreateScanner(clean);
            scanner.Run();
            var count = scanner.CountListedNameLengthsParsedAgain();
            if (count < 0 && wrong.Count < 5)
            {
                wrong.Add(clean);
            }

            kept += Math.Max(0, count);
        }

        Assert.Empty(wrong);

        // The yearbook's lists of leaders are long: a test that kept nothing would check nothing.
        Assert.True(kept > 1_000, $"{kept} lengths kept");
    }
}
