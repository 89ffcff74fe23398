namespace Weidu.Entities;

/// <summary>
/// Places that the layout of news text names: the place a report was filed from, between the paper and the date of
/// its dateline (本报桂林4月8日电, 新华社平壤5月12日电).
/// </summary>
internal sealed partial class Scanner
{
    private static readonly string[] DatelineSources = ["本报", "新华社", "中新社"];

    /// <summary>
    /// Words for a capital, a city or another kind of place, after which a foreign name is a place's even where jieba lists
    /// it as a person's (首都阿布贾, 旅游胜地帕塔亚).
    /// </summary>
    private static readonly WordSet CityCues = new("首都|迁都|城市|首府|胜地|名城|古城|小城|港城|重镇|港口|海港|口岸");

    /// <summary>Words after which a foreign name is a place's: verbs of being or arriving somewhere and the words for a capital or a city.</summary>
    private static readonly WordSet ForeignPlaceCues = WordSet.Union(new WordSet("在|抵达|到达|飞抵|抵|赴|前往|来到|途经"), CityCues);

    /// <summary>
    /// The words between a paper and the date of a dateline name a place, though no list knows it (本报不来梅6月2日电);
    /// places listed at their start are larger places of their own (本报德国 | 罗滕堡, 本报江苏 | 宜兴). A listed
    /// organisation there is no place, nor is a word that stops a body (记者).
    /// </summary>
    private void ScanDatelines()
    {
        foreach (var source in DatelineSources)
        {
            for (var at = _text.IndexOf(source, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(source, at + 1, StringComparison.Ordinal))
            {
                var start = at + source.Length;
                var end = start;
                while (end < _text.Length && end - start < MaxLocationBody + 2 && NameModel.IsHan(_text[end]) && !IsDateNumeral(_text[end]))
                {
                    end++;
                }

                // A body that files reports is no place (本报联合国6月9日电), nor is a word of the sentence (本报记者).
                var words = _text.AsSpan(start, end - start);
                if (end == start || !StartsDatelineDate(end) || Grammar.KnownOrganizations.Contains(words) || LexiconNames.Is(words, EntityType.Organization)
                    || Grammar.BodyStoppers.LongestPrefix(words) > 0)
                {
                    continue;
                }

                while (ListedPlaceLength(start, end) is var length and > 0 && length < end - start)
                {
                    start += length;
                }

                Add(start, end, EntityType.Location, Confidence.Context);
            }
        }
    }

    /// <summary>
    /// A foreign name right after a verb of being or arriving somewhere or a word for a capital is a place, though no
    /// list knows it (在不来梅进行, 首都阿布贾, 抵拉塔基亚后): a run of transliteration characters as name-like as the
    /// foreign-name scan wants a person's, no word of the lexicon other than a name or a place, that ends where a word may end.
    /// jieba tags many such places as persons (伯尔尼, 杜塞尔多夫): a name it lists as a person's is a place only before
    /// punctuation or a localizer (在伯尔尼，), since a person often follows 在 too (在克林顿看来), unless a word for a
    /// capital or a city stands before it (首都阿布贾去世, 南部城市哈斯科沃).
    /// </summary>
    private void ScanForeignPlaces()
    {
        var text = _text.AsSpan();
        for (var start = NextAt(Gate.Transliteration, 1); start < text.Length; start = NextAt(Gate.Transliteration, start + 1))
        {
            // The cue's last character is no name's first (达 in 抵达伊斯兰堡).
            if (!TransliterationModel.IsTransliteration(text[start]) || ForeignPlaceCues.LongestSuffix(text[..start]) == 0
                || ForeignPlaceCues.LongestSuffix(text[..(start + 1)]) > 1)
            {
                continue;
            }

            var end = start;
            while (end < text.Length && end - start < MaxTransliteratedPart && TransliterationModel.IsTransliteration(text[end]))
            {
                end++;
            }

            if (BeginsWord(end - 1))
            {
                end--;
            }

            var name = text[start..end];
            var score = 0f;
            foreach (var c in name)
            {
                score += TransliterationModel.Score(c);
            }

            if (name.Length >= MinForeignNameLength && score / name.Length >= (name.Length > MinForeignNameLength ? MinForeignNameScore : MinShortForeignNameScore)
                && !(_lexicon.TryGetWord(name, out _, out var tag) && !tag.StartsWith("nr", StringComparison.Ordinal) && tag != "ns") && !CrossesWordAtEnd(start, end) && !IsListedPlaceOrBody(name)
                && (end == text.Length || !NameModel.IsHan(text[end]) || IsLocalizer(end)
                    || ((!LexiconNames.Is(name, EntityType.Person) || CityCues.LongestSuffix(text[..start]) > 0) && EndsAtWordBoundary(end))))
            {
                Add(start, end, EntityType.Location, Confidence.Cue);
            }
        }
    }

    /// <summary>
    /// Where a place's name begins when its body at [start, suffixStart) begins with a listed place and goes on with a
    /// name of its own: the first place is the larger place the second lies in, as the newswire conventions write it
    /// (北京 | 人民大会堂, 上海 | 虹口体育馆), while a place before common words is part of the name (北京图书大厦,
    /// 杭州植物园). The rest is a name when the lexicon lists it whole as a place, or its body as a place, a
    /// transliterated name or another proper noun (集美, 广元: nz), or as a person's written in transliteration
    /// characters (美国 | 肯尼迪航天中心); not as a Chinese person's, which jieba gives some places too (北京怀柔产业园
    /// stays whole).
    /// </summary>
    private int SkipPlaceBeforeName(int start, int suffixStart, int end)
    {
        for (var placeEnd = suffixStart - 2; placeEnd > start + 1; placeEnd--)
        {
            if (PlaceStartBefore(placeEnd) != start)
            {
                continue;
            }

            var rest = _text.AsSpan(placeEnd, suffixStart - placeEnd);
            var isName = LexiconNames.Is(_text.AsSpan(placeEnd, end - placeEnd), EntityType.Location)
                || (_lexicon.TryGetWord(rest, out _, out var tag) && (tag is "ns" or "nrt" or "nz" || (tag == "nr" && rest.Length >= 3 && Grammar.Transliteration.ContainsAll(rest))));
            return isName ? placeEnd : start;
        }

        return start;
    }

    /// <summary>The length of the longest place every reader knows or the lexicon lists at <paramref name="start"/>, within <paramref name="end"/>.</summary>
    private int ListedPlaceLength(int start, int end)
    {
        var text = _text.AsSpan(start, end - start);
        var listed = LexiconNames.LongestAt(text, out var type);
        return Math.Max(Grammar.KnownPlaces.LongestPrefix(text), type == EntityType.Location ? listed : 0);
    }

    /// <summary>Whether a date of a dateline, a month and a day and then 电 or 讯, begins at <paramref name="position"/>.</summary>
    private bool StartsDatelineDate(int position)
    {
        var i = position;
        foreach (var unit in (ReadOnlySpan<char>)['月', '日'])
        {
            var digits = i;
            while (i < _text.Length && IsDateNumeral(_text[i]))
            {
                i++;
            }

            if (i == digits || i == _text.Length || _text[i] != unit)
            {
                return false;
            }

            i++;
        }

        return i < _text.Length && _text[i] is '电' or '讯';
    }

    private static bool IsDateNumeral(char c) => char.IsDigit(c) || c is '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
