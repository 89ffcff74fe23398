using FsCheck;
using FsCheck.Fluent;

namespace Weidu.Core.Tests;

/// <summary>Texts made of what trips up a text model: mixed line breaks, CJK, surrogate pairs, lone surrogates.</summary>
internal static class Generators
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "\n\r", "改", "革", "〇", "○", "，", "。",
        "\U00020000", "😀", "\uD800", "\uDC00", "**", "#", "\u0000", "\uFFFD",
    ];

    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts));

    /// <summary>A text and a set of non-overlapping changes inside it, in random order.</summary>
    public static Gen<(string Text, TextChange[] Changes)> TextWithChanges { get; } =
        from text in Text
        from cuts in Gen.Choose(0, text.Length).ArrayOf()
        from inserts in Text.ArrayOf(cuts.Length / 2 + 1)
        from order in Gen.Shuffle(Enumerable.Range(0, cuts.Length / 2 + 1))
        select (text, MakeChanges(cuts, inserts, order));

    private static TextChange[] MakeChanges(int[] cuts, string[] inserts, int[] order)
    {
        // Distinct cut points keep changes from touching, where the order of two insertions would be ambiguous.
        var sorted = cuts.Distinct().Order().ToArray();
        var changes = new List<TextChange>();
        for (var i = 0; i + 1 < sorted.Length; i += 2)
        {
            // Every third change is a pure insertion, so insertions are covered too.
            var end = i % 3 == 2 ? sorted[i] : sorted[i + 1];
            changes.Add(new TextChange(TextSpan.FromBounds(sorted[i], end), inserts[i / 2]));
        }

        return [.. order.Where(i => i < changes.Count).Select(i => changes[i])];
    }

    public static Arbitrary<string> TextArbitrary => Text.ToArbitrary();
}
