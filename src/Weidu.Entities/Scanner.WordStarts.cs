namespace Weidu.Entities;

/// <summary>
/// The word lists the grammars ask at almost every position (a post head, a known place, a role here?), read for all
/// of them at once per position (see <see cref="WordStartIndex"/>): most positions start no word of any, and one walk
/// says so for every list.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>The most lists the scan reads through its index: a bit each of a <see cref="ushort"/> per position, less one.</summary>
    internal const int MaxStartLists = 15;

    /// <summary>
    /// The words that may follow a name (see <see cref="StartsFollower"/>): name followers, post heads, post units and
    /// level units in one list, since the longest of them at a position is the longest of the four lists' and one
    /// walk finds it.
    /// </summary>
    private static readonly WordSet Followers = WordSet.Union(Grammar.NameFollowers, Grammar.PostHeads, Grammar.PostUnits, Grammar.LevelUnits);

    // Set in an entry of _wordStarts once the position's lists are known, so that zero means "not yet asked".
    private const ushort WordStartsKnown = 1 << MaxStartLists;

    // Per position of the text: which StartList lists have a word starting there, with WordStartsKnown. Two bytes a
    // position rather than eight: the scan allocates one per text.
    private ushort[]? _wordStarts;

    /// <summary>The lists read through the per-position index, each a bit of it.</summary>
    internal enum StartList
    {
        PostHeads,
        PostHeadBlockers,
        ListOpeners,
        KnownPlaces,
        KnownOrganizations,
        RiverPairs,
        PersonRoles,
        TitlesAfterNames,
    }

    internal static WordSet ListOf(StartList list) => list switch
    {
        StartList.PostHeads => Grammar.PostHeads,
        StartList.PostHeadBlockers => PostHeadBlockers,
        StartList.ListOpeners => Grammar.ListOpeners,
        StartList.KnownPlaces => Grammar.KnownPlaces,
        StartList.KnownOrganizations => Grammar.KnownOrganizations,
        StartList.RiverPairs => Grammar.RiverPairs,
        StartList.PersonRoles => PersonRoles,
        StartList.TitlesAfterNames => TitlesAfterNames,
        _ => throw new ArgumentOutOfRangeException(nameof(list)),
    };

    /// <summary>
    /// The length of the longest word of <paramref name="list"/> that starts at <paramref name="position"/>, or 0: what
    /// <c>ListOf(list).LongestPrefix(text[position..])</c> answers, with the list walked only where the index says it has a word.
    /// </summary>
    private int LongestPrefixAt(StartList list, int position)
    {
        if (position >= _text.Length)
        {
            return 0;
        }

        _wordStarts ??= new ushort[_text.Length];
        var lists = _wordStarts[position];
        if (lists == 0)
        {
            lists = _wordStarts[position] = (ushort)(StartLists.Index.ListsStartingAt(_text.AsSpan(position)) | WordStartsKnown);
        }

        return (lists & (1 << (int)list)) == 0 ? 0 : StartLists.All[(int)list].LongestPrefix(_text.AsSpan(position));
    }

    // Apart from Scanner's own static fields, so that the index is built after the lists it is made of.
    private static class StartLists
    {
        public static readonly WordSet[] All = Enum.GetValues<StartList>().Select(ListOf).ToArray();

        public static readonly WordStartIndex Index = new(All);
    }
}
