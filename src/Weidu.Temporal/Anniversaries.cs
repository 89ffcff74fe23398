using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>改革开放40周年, 新中国成立70周年: an event the text names, and the anniversary year it implies.</summary>
internal readonly record struct Anniversary(int Start, int End, int Year)
{
    public TemporalMention ToMention(ReadOnlySpan<char> text, int offset) => new(
        TextSpan.FromBounds(offset + Start, offset + End),
        text[Start..End].ToString(),
        TemporalKind.Date,
        Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        TemporalModifier.None,
        TemporalGrain.Year,
        new TemporalInterval(new DateTime(Year, 1, 1), new DateTime(Year + 1, 1, 1)),
        AnchorSource.Text);
}

/// <summary>The events whose anniversaries government text counts, with the year each happened.</summary>
internal static class Anniversaries
{
    private static readonly (string Event, int Year)[] Events =
    [
        ("改革开放", 1978), ("中华人民共和国成立", 1949), ("新中国成立", 1949), ("共和国成立", 1949), ("建国", 1949),
        ("中国共产党成立", 1921), ("建党", 1921), ("人民军队建军", 1927), ("建军", 1927), ("五四运动", 1919),
        ("抗日战争胜利", 1945), ("抗战胜利", 1945), ("香港回归", 1997), ("澳门回归", 1999), ("辛亥革命", 1911), ("红军长征胜利", 1936),
    ];

    /// <summary>Whether the number at <paramref name="numberStart"/> (<paramref name="length"/> characters, worth <paramref name="years"/>) counts the years since an event.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int numberStart, int length, int years, out Anniversary anniversary)
    {
        anniversary = default;
        var afterNumber = numberStart + length;
        while (afterNumber < text.Length && text[afterNumber] == ' ')
        {
            afterNumber++;
        }

        if (years is < 1 or > 500 || !text[afterNumber..].StartsWith("周年", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..numberStart].TrimEnd(' ');
        foreach (var (name, year) in Events)
        {
            if (before.EndsWith(name, StringComparison.Ordinal))
            {
                anniversary = new Anniversary(before.Length - name.Length, afterNumber + 2, year + years);
                return true;
            }
        }

        return false;
    }
}
