namespace Weidu.Entities;

/// <summary>
/// A party's national congress named by its number (十五大, 中共十五大, 党的十九大), which the newswire conventions tag
/// as the organisation it is: no suffix grammar reads it, and jieba tags the numbered names it knows as abbreviations.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>
    /// 十一大 to 十九大 and 二十大, after no numeral or 第 (三十五大 is a count), before no common word 大 begins (十五大学,
    /// 十五大会): a congress when the lexicon tags it an abbreviation (j: 十五大, 十四大) or 中共 or 党的 stands before it
    /// (党的十九大, 中共二十大). 中共 before it is part of the name, as the gold sets write 中共十五大.
    /// </summary>
    private void ScanPartyCongresses()
    {
        for (var at = _text.Length < 3 ? -1 : _text.IndexOf('大', 2); at >= 0; at = _text.IndexOf('大', at + 1))
        {
            var start = at - 2;
            var numbered = (_text[start] == '十' && "一二三四五六七八九".Contains(_text[start + 1], StringComparison.Ordinal))
                || (_text[start] == '二' && _text[start + 1] == '十');
            if (!numbered || (start > 0 && (Grammar.Numerals.Contains(_text[start - 1]) || _text[start - 1] == '第')) || StartsCommonWordAt(at))
            {
                continue;
            }

            var before = _text.AsSpan(0, start);
            var party = before.EndsWith("中共", StringComparison.Ordinal);
            var listed = _lexicon.TryGetWord(_text.AsSpan(start, 3), out _, out var tag) && tag == "j";
            if (listed || party || before.EndsWith("党的", StringComparison.Ordinal))
            {
                Add(party ? start - 2 : start, at + 1, EntityType.Organization, Confidence.Corpus);
            }
        }
    }

    /// <summary>Whether a common word of two or more characters that is no proper noun begins at <paramref name="position"/> (大会, 大学; not 大明 or the rare 大报).</summary>
    private bool StartsCommonWordAt(int position)
    {
        for (var length = Math.Min(_lexicon.MaxWordLength, _text.Length - position); length >= 2; length--)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(position, length), out var frequency, out var tag) && frequency >= CommonWordFrequency
                && tag is not ("nz" or "nr" or "nrt" or "ns"))
            {
                return true;
            }
        }

        return false;
    }
}
