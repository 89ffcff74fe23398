namespace Weidu.Entities;

/// <summary>
/// A foreign country named in full and then by its first character (布隆迪 … 布中两国, 印度 … 印全国, 南斯拉夫 … 对南提出,
/// 科索沃 … 考察科局势): news text writes a country's name once and its abbreviation after it, and the gold sets tag
/// the abbreviation as the place it stands for.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>The most countries whose abbreviations one text is searched for.</summary>
    private const int MaxAbbreviatedPlaces = 8;

    /// <summary>
    /// The first character of a foreign place the lists found in the text (of three or more characters written in
    /// transliteration characters but for one at most, or a name of two ending in 国: 德国, 泰国) is that place where it stands alone later or earlier in the text: it makes
    /// no word with the character before it (品德, 其中) or with the ones after it (美丽, 南部, 印度), stands after no
    /// digit (5日), is no localizer, numeral or function word alone (中, 多, 以, 不), and a word or another country's abbreviation
    /// follows it (印 + 全国, 布 + 中两国), or 、 (中、阿).
    /// </summary>
    private void ScanRepeatedPlaceAbbreviations()
    {
        Span<char> abbreviations = stackalloc char[MaxAbbreviatedPlaces];
        var count = 0;
        for (var k = 0; k < _candidates.Count && count < abbreviations.Length; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.Type != EntityType.Location || candidate.Length < 2
                || candidate.Confidence is not (Confidence.Lexicon or Confidence.Corpus or Confidence.User))
            {
                continue;
            }

            var name = _text.AsSpan(candidate.Start, candidate.Length);
            if ((candidate.Length == 2 ? name[1] == '国' : IsTransliterated(name)) && !abbreviations[..count].Contains(name[0]))
            {
                abbreviations[count++] = name[0];
            }
        }

        if (count == 0)
        {
            return;
        }

        var text = _text.AsSpan();
        for (var at = text.IndexOfAny(abbreviations[..count]); at >= 0; at = NextIndexOfAny(text, abbreviations[..count], at + 1))
        {
            if (IsRepeatedAbbreviation(at))
            {
                Add(at, at + 1, EntityType.Location, Confidence.Cue);

                // The country it is paired with is a place too (布中两国), where the two make no word with what follows.
                if (IsCountryAbbreviation(text[at + 1]) && !_lexicon.StartsWord(_text, at + 1))
                {
                    Add(at + 1, at + 2, EntityType.Location, Confidence.Cue);
                }
            }
        }
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> text, ReadOnlySpan<char> values, int from)
    {
        var next = from < text.Length ? text[from..].IndexOfAny(values) : -1;
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// Whether a name of three or more characters is written in transliteration characters but for one at most (哥伦比亚,
    /// 菲律宾), and ends in no place's suffix (安吉县, 阿里山: Chinese places).
    /// </summary>
    private static bool IsTransliterated(ReadOnlySpan<char> name)
    {
        var others = 0;
        foreach (var c in name)
        {
            others += Grammar.Transliteration.Contains(c) ? 0 : 1;
        }

        return name.Length >= 3 && others <= 1 && Grammar.LocationSuffixes.LongestSuffix(name) == 0;
    }

    private bool IsRepeatedAbbreviation(int at)
    {
        var text = _text.AsSpan();
        if (at + 1 >= text.Length || (at > 0 && (char.IsDigit(text[at - 1]) || _lexicon.IsWord(text.Slice(at - 1, 2)))) || _lexicon.StartsWord(_text, at)
            || (_lexicon.TryGetWord(text.Slice(at, 1), out _, out var tag) && tag.Length > 0 && tag[0] is 'f' or 'c' or 'd' or 'm' or 'p' or 'q' or 'r' or 'u' or 'y'))
        {
            return false;
        }

        var next = text[at + 1];
        return next == '、' || IsCountryAbbreviation(next) || (NameModel.IsHan(next) && _lexicon.StartsWord(_text, at + 1));
    }
}
