using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace Weidu.Segmentation.Tests;

/// <summary>
/// Texts made of what trips up the segmenter: headings, numbers, markers, page breaks, headers, markup,
/// spaced numbers, every line end, lone surrogates, and whole lines of the real yearbook.
/// </summary>
internal static partial class Generators
{
    private static readonly string[] Pieces =
    [
        "\n", "\r\n", "\r", "\n\n", "\n\n\n\n", " ", "\u3000", "\t", "**", "# ", "## ", "### ", "#",
        "一、", "（一）", "(二) ", "1. ", "2、", "第一，", "2日 ", "**3日** ", "是日 ", "是日深夜 ", "26~27日 ",
        "2月中旬 ", "日前 ", "是月 ", "。", "，", "：", "改", "革", "特", "载", "1 月", "25 日", "20 人",
        "讲话", "大事记", "政府工作报告", "(2019年1月20日)", "——2020年6月14日会议", "张书杰", "魏都区人民政府区长 李朝锋",
        "## 在区委全会上的讲话", "# 大事记", "## 1 月", "### 3 月", "a", "0", "\uD800", "\uDC00", "😀", "\u0000",
    ];

    private static readonly Lazy<string[]> YearbookLines = new(() => Yearbook.Text.Split('\n'));

    /// <summary>The yearbook split before each document title, so every piece is one document (the page header stays with the first).</summary>
    private static readonly Lazy<string[]> YearbookDocuments = new(() =>
    {
        var pieces = TitleLine().Split(Yearbook.Text);
        return [pieces[0] + pieces[1], .. pieces[2..]];
    });

    private static Gen<string> Piece { get; } = Gen.OneOf(
        Gen.Elements(Pieces),
        Gen.Elements(Pieces),
        Gen.Choose(0, 1358).Select(i => YearbookLines.Value[i] + "\n"));

    /// <summary>Any text.</summary>
    public static Gen<string> Text { get; } = Piece.ListOf().Select(parts => string.Concat(parts));

    /// <summary>A yearbook: some of the bundled yearbook's documents, in order.</summary>
    public static Gen<string> SmallYearbook { get; } =
        Gen.Choose(1, 255).Select(mask => string.Concat(YearbookDocuments.Value.Where((_, i) => (mask & (1 << i)) != 0)));

    [GeneratedRegex("(?m)(?=^##? (?![一二三四五六七八九十]+、|\\d+ ?月))")]
    private static partial Regex TitleLine();
}
