namespace Weidu.Entities;

/// <summary>
/// Which of several word lists have a word starting at a position, found in one walk of a trie over all their words
/// instead of one walk per list. The grammars ask some lists at every position of a text and almost never find a word
/// there: with the answer for all of them read once per position, a list is walked only where it has a word.
/// </summary>
internal sealed class WordStartIndex
{
    /// <summary>The most lists one index holds: a bit each in a <see cref="ulong"/>.</summary>
    public const int MaxLists = 64;

    private readonly NameTrie _trie;
    private readonly ulong[] _masks;

    public WordStartIndex(IReadOnlyList<WordSet> lists)
    {
        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"An index holds at most {MaxLists} lists.", nameof(lists));
        }

        var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var word in lists[list].Words)
            {
                words[word] = words.GetValueOrDefault(word) | (1UL << list);
            }
        }

        var names = words.Keys.ToArray();
        _trie = new NameTrie(names);
        _masks = names.Select(name => words[name]).ToArray();
    }

    /// <summary>Bit k is set when list k of the lists the index was made of has a word that starts <paramref name="text"/>.</summary>
    public ulong ListsStartingAt(ReadOnlySpan<char> text) => _trie.MatchMask(text, _masks);
}
