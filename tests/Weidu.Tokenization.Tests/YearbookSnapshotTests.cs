using Snapshooter.Xunit;

namespace Weidu.Tokenization.Tests;

/// <summary>The tokens of a few yearbook paragraphs, reviewed by reading (see __snapshots__).</summary>
public sealed class YearbookSnapshotTests
{
    private static readonly string[] Yearbook = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));

    private static string Paragraph(string start) => Yearbook.First(l => l.StartsWith(start, StringComparison.Ordinal));

    // word/tag, with the kind after a colon when it is not a word; whitespace shows as ␣.
    private static string[] Render(string text, SegmentationStandard standard) =>
        [.. ChineseTokenizer.Default.WithStandard(standard).Tokenize(text).AsSpan().ToArray().Select(t =>
            $"{text[t.Start..t.End].Replace(' ', '␣')}/{t.Tag}{(t.Kind == TokenKind.Word ? string.Empty : ":" + t.Kind)}")];

    [Fact]
    public void Yearbook_paragraphs_default_standard() => Snapshot.Match(new
    {
        Speech = Render(Paragraph("刚才，申健民同志"), SegmentationStandard.Default),
        Report = Render(Paragraph("水质均已达到三类水标准"), SegmentationStandard.Default),
        Chronicle24 = Render(Paragraph("**24日**"), SegmentationStandard.Default),
        Chronicle27 = Render(Paragraph("**27日**"), SegmentationStandard.Default),
    });

    [Fact]
    public void Yearbook_paragraph_pku_standard() => Snapshot.Match(Render(Paragraph("刚才，申健民同志"), SegmentationStandard.Pku));

    [Fact]
    public void Every_listed_person_name_stays_one_token()
    {
        // Names printed in full in the yearbook (after titles such as 区长, 书记, 副区长).
        string[] names =
        [
            "张书杰", "李朝锋", "纪保民", "杜晓辉", "程东升", "张晓丽", "楚文选", "刘保新", "程中山", "史根治", "魏少峰", "申健民",
            "苏凯强", "柏凤杰", "崔合荣", "楚雷", "艾祥涛", "王宏伟", "屈广跃", "桂勇翔", "王辉", "陈长宏", "刘明", "孙凡", "阎鑫",

            // Given names that are words themselves (五岳, 胜利) and a rare given-name character (淑).
            "胡五岳", "刘胜利", "赵淑红",

            // Names followed by a character likelier as a word of its own (孔超和退休, 耿旻到, 袁斌及).
            "孔超", "耿旻", "袁斌",

            // Given characters the name model has not seen, after a title or between names in a list.
            "方焜", "魏学彬",

            // Rare or ambiguous surnames, after a title, in a list of names or before 一行 or a verb of speaking.
            "毋富安", "安国明",

            // A transliterated name the lexicon has only in pieces (穆罕, 穆德).
            "穆罕穆德",

            // A transliterated name whose first and last characters are words of their own (沙, the adverb 都).
            "沙米拉塔里都",
        ];
        var text = string.Join("\n", Yearbook);
        var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray().ToDictionary(t => t.Start);
        foreach (var name in names)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                Assert.True(tokens.TryGetValue(i, out var token) && token.End == i + name.Length, $"{name} at {i} is split: {text.Substring(Math.Max(0, i - 5), 15)}");
            }
        }
    }
}
