namespace Weidu.Entities;

/// <summary>
/// What the body grammars know of the names found before them: where a listed place or organisation ends, so that a
/// body runs over a whole place (日本 in 日本女队, though 本 alone stops a body), starts at the place that heads it
/// (阿根廷航空公司, not 直达航线阿根廷航空公司), and leaves a listed name whole (新华社, not 访华据新华社).
/// </summary>
internal sealed partial class Scanner
{
    // Per end position: the start of the longest listed place, or organisation, that ends there; -1 when none.
    private int[]? _placeStarts;
    private int[]? _bodyStarts;

    /// <summary>Indexes the places and organisations the user gazetteer, the known names and the lexicon proposed.</summary>
    private void IndexListedNames()
    {
        _placeStarts = new int[_text.Length + 1];
        _bodyStarts = new int[_text.Length + 1];
        _placeStarts.AsSpan().Fill(-1);
        _bodyStarts.AsSpan().Fill(-1);
        for (var k = 0; k < _candidates.Count; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.Confidence is not (Confidence.Lexicon or Confidence.Corpus or Confidence.User) || candidate.Length < 2)
            {
                continue;
            }

            var starts = candidate.Type switch
            {
                EntityType.Location => _placeStarts,
                EntityType.Organization => _bodyStarts,
                _ => null,
            };
            if (starts is not null && (starts[candidate.End] < 0 || candidate.Start < starts[candidate.End]))
            {
                starts[candidate.End] = candidate.Start;
            }
        }
    }

    /// <summary>The start of the longest listed place that ends at <paramref name="position"/>, or -1.</summary>
    private int PlaceStartBefore(int position) => _placeStarts is null ? -1 : _placeStarts[position];

    /// <summary>
    /// The start of a chain of listed places that ends at <paramref name="position"/> (中国 in 中国农科院, 美国加州),
    /// or -1.
    /// </summary>
    private int PlaceChainStartBefore(int position)
    {
        var start = -1;
        for (var place = PlaceStartBefore(position); place >= 0; place = PlaceStartBefore(place))
        {
            start = place;
        }

        return start;
    }

    /// <summary>
    /// A listed organisation after a place is that place's organisation: 中国 + 农科院, 深圳 + 华为公司, 中国 + 国家教委.
    /// A country in an organisation's name is part of it, as the newswire conventions write it.
    /// </summary>
    private void ScanPlacedOrganizations()
    {
        var count = _candidates.Count;
        for (var k = 0; k < count; k++)
        {
            var candidate = _candidates[k];
            if (!IsCorpusGazetteerName(k) && candidate.Type == EntityType.Organization && candidate.Confidence is Confidence.Lexicon or Confidence.Corpus or Confidence.User
                && PlaceChainStartBefore(candidate.Start) is var start and >= 0)
            {
                Add(start, candidate.End, EntityType.Organization, Confidence.Suffix);
            }
        }
    }

    /// <summary>
    /// Whether a listed organisation at [start, end) and the next character are a longer word, or its last two
    /// characters and the next are (共产党员, 中国大学 + 生): then the name is part of a word, not the body.
    /// </summary>
    private bool RunsIntoWord(int start, int end) =>
        end < _text.Length && (_lexicon.IsWord(_text.AsSpan(start, end + 1 - start)) || (end - start >= 3 && _lexicon.IsWord(_text.AsSpan(end - 2, 3))));

    /// <summary>
    /// Whether the characters before the first place of a body belong to the name: an organisation's abbreviation
    /// (中共 in 中共河北省委, 共青团 in 共青团衡阳市委), which the lexicon tags nt or j.
    /// </summary>
    private bool IsBodyPrefix(int start, int placeStart) =>
        _lexicon.TryGetWord(_text.AsSpan(start, placeStart - start), out _, out var tag) && tag is "nt" or "j";
}
