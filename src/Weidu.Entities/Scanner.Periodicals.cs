namespace Weidu.Entities;

/// <summary>
/// A newspaper or a magazine named by its title in 《》 is an organisation with the place before it and the kind of
/// periodical after it, as the gold sets write it (美国《时代》周刊, 华北《人民日报》, 《时代潮》杂志); a title that is
/// no periodical (《阿姆斯特丹条约》) is none.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>The longest title in 《》 read as a periodical's.</summary>
    private const int MaxPeriodicalTitle = 15;

    private static readonly WordSet PeriodicalKinds = new("杂志|周刊|月刊|画报|双周刊|半月刊");

    private void ScanPeriodicals()
    {
        for (var open = _text.IndexOf('《'); open >= 0; open = _text.IndexOf('《', open + 1))
        {
            var close = _text.IndexOf('》', open + 1, Math.Min(MaxPeriodicalTitle + 1, _text.Length - open - 1));
            if (close < 0)
            {
                continue;
            }

            // The kind after the title (《时代潮》杂志), or a title that ends in one or in 报 (《人民日报》, 《新英格兰医学杂志》).
            var end = close + 1;
            var kind = PeriodicalKinds.LongestPrefix(_text.AsSpan(end));
            var title = _text.AsSpan(open + 1, close - open - 1);
            if (kind == 0 && (title.Length < 2 || !(title[^1] == '报' || PeriodicalKinds.LongestSuffix(title) > 0)))
            {
                continue;
            }

            var start = PlaceChainStartBefore(open) is var place and >= 0 ? place : open;
            if (kind > 0 || start < open)
            {
                Add(start, end + kind, EntityType.Organization, Confidence.Suffix);
            }
        }
    }
}
