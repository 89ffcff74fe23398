namespace Weidu.Entities;

/// <summary>Looks for gazetteer names in raw text the way the entity tagger could find them.</summary>
internal static class NameSearch
{
    /// <summary>
    /// Whether any of <paramref name="names"/> may occur in <paramref name="text"/> as the entity tagger reads it.
    /// The tagger's view of a text removes OCR damage, which is whitespace (line breaks, stray spaces) between
    /// characters; so a name can occur in that view only where its characters other than whitespace follow one
    /// another in the text with nothing but whitespace between them. False means none occurs; true means one may.
    /// </summary>
    public static bool MayContainAny(ReadOnlySpan<char> text, IReadOnlyList<string> names)
    {
        // By index: a pipeline asks this of every item after an edit, and a foreach over the interface allocates an
        // enumerator per call.
        for (var i = 0; i < names.Count; i++)
        {
            if (MayContain(text, names[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayContain(ReadOnlySpan<char> text, ReadOnlySpan<char> name)
    {
        var first = 0;
        while (first < name.Length && char.IsWhiteSpace(name[first]))
        {
            first++;
        }

        if (first == name.Length)
        {
            return false;
        }

        name = name[first..];

        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOf(name[0]);
            if (found < 0)
            {
                return false;
            }

            var start = offset + found;
            if (MatchesIgnoringWhitespace(text[(start + 1)..], name[1..]))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    private static bool MatchesIgnoringWhitespace(ReadOnlySpan<char> text, ReadOnlySpan<char> rest)
    {
        var t = 0;
        foreach (var c in rest)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            while (t < text.Length && char.IsWhiteSpace(text[t]))
            {
                t++;
            }

            if (t == text.Length || text[t] != c)
            {
                return false;
            }

            t++;
        }

        return true;
    }
}
