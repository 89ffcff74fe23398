namespace Weidu.Entities;

/// <summary>
/// The word lists the grammars ask at the positions their gates open (a post head, a known place, a role here?; see
/// <see cref="PositionGates"/>), each walked where it is asked. A per-position index of which lists start a word,
/// one walk of a trie over all of them, answered these when every grammar asked at every position; with the gates
/// most positions are asked by one grammar or none, and the index's walk came on top of the list's.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>
    /// The words that may follow a name (see <see cref="StartsFollower"/>): name followers, post heads, post units and
    /// level units in one list, since the longest of them at a position is the longest of the four lists' and one
    /// walk finds it.
    /// </summary>
    private static readonly WordSet Followers = WordSet.Union(Grammar.NameFollowers, Grammar.PostHeads, Grammar.PostUnits, Grammar.LevelUnits);

    /// <summary>The lists read through <see cref="LongestPrefixAt"/>.</summary>
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
    /// <c>ListOf(list).LongestPrefix(text[position..])</c> answers.
    /// </summary>
    private int LongestPrefixAt(StartList list, int position) =>
        position < _text.Length ? StartLists.All[(int)list].LongestPrefix(_text.AsSpan(position)) : 0;

    // Apart from Scanner's own static fields, so that the array is made after the lists it holds.
    private static class StartLists
    {
        public static readonly WordSet[] All = Enum.GetValues<StartList>().Select(ListOf).ToArray();
    }
}
