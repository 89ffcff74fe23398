using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// The positions where each grammar that walks the text can fire, written for all of them in one pass (see
/// <see cref="PositionGates"/>): a grammar whose first condition is a word of a list, or a class of character, visits
/// only the positions where its gate may open.
/// </summary>
internal sealed partial class Scanner
{
    /// <summary>The gates, each what the first condition of a grammar that walks the text asks at a position.</summary>
    [Flags]
    internal enum Gate : ushort
    {
        None = 0,

        /// <summary>A known place or organisation (<see cref="ScanKnownPlaces"/>).</summary>
        KnownNames = 1 << 0,

        /// <summary>A name the lexicon lists (<see cref="ScanLexiconNames"/>).</summary>
        LexiconNames = 1 << 1,

        /// <summary>A post head (<see cref="ScanPosts"/>).</summary>
        PostHeads = 1 << 2,

        /// <summary>A word that opens a list of names (<see cref="ScanNameLists"/>).</summary>
        ListOpeners = 1 << 3,

        /// <summary>A title printed after a name (<see cref="ScanNamesBeforeTitles"/>).</summary>
        TitlesAfterNames = 1 << 4,

        /// <summary>A role before a name, or a player's number (<see cref="ScanNamesAfterRoles"/>).</summary>
        PersonRoles = 1 << 5,

        /// <summary>A Japanese family name (<see cref="ScanJapaneseNames"/>).</summary>
        JapaneseSurnames = 1 << 6,

        /// <summary>A single or compound surname (<see cref="NameModel.SurnameLength"/>).</summary>
        Surnames = 1 << 7,

        /// <summary>A transliteration character (<see cref="TransliterationModel.IsTransliteration"/>).</summary>
        Transliteration = 1 << 8,

        /// <summary>An abbreviated country, region or city, or a pair of rivers (<see cref="ScanAbbreviations"/>).</summary>
        Abbreviations = 1 << 9,

        /// <summary>A common surname (<see cref="NameModel.IsCommonSurname"/>).</summary>
        CommonSurnames = 1 << 10,

        /// <summary>
        /// Punctuation, white space or the lead-in of reported speech, after which a speaker's name may begin
        /// (<see cref="ScanSpeakers"/>): a bit where <see cref="char.IsPunctuation(char)"/> would read the Unicode tables.
        /// </summary>
        SpeakerBoundaries = 1 << 11,

        /// <summary>A team's suffix, a list of teams' 等, or what follows a group's 组 (<see cref="ScanTeams"/>).</summary>
        TeamMarks = 1 << 12,

        /// <summary>A cup's 杯 (<see cref="ScanCupNames"/>).</summary>
        Cups = 1 << 13,

        /// <summary>
        /// The last character of an organisation's or a place's suffix (<see cref="ScanSuffixes"/>): a gate on the
        /// position a suffix ends after, where the others are on the position a word starts at.
        /// </summary>
        SuffixEnds = 1 << 14,
    }

    // Per position of the text: the gates that may open there.
    private ushort[]? _gates;

    /// <summary>
    /// On this thread, every gate open but the speakers' boundaries (which <see cref="ScanSpeakers"/> also reads as its
    /// condition): the grammars then visit every position, so a test can check that the gates hide none where a grammar
    /// fires — the one thing a grammar whose first condition changes in kind, without its gate, would get wrong.
    /// </summary>
    [ThreadStatic]
    internal static bool OpensEveryGate;

    /// <summary>The gates that may open at each position of the text, written in one pass the first time they are asked.</summary>
    /// <remarks>
    /// Every gated loop asks this at each position it visits: the read stays small enough to inline, and the pass (with
    /// its thread-static test) is a call of its own, made once a text.
    /// </remarks>
    private ushort[] Gates => _gates ?? FillGates();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ushort[] FillGates()
    {
        _gates = new ushort[_text.Length];
        GateTables.Table.Fill(_text, _gates);
        if (OpensEveryGate)
        {
            foreach (ref var gate in _gates.AsSpan())
            {
                gate |= unchecked((ushort)~(ushort)Gate.SpeakerBoundaries);
            }
        }

        return _gates;
    }

    /// <summary>The first position at or after <paramref name="from"/> where <paramref name="gate"/> may open, or the text's length.</summary>
    private int NextAt(Gate gate, int from) => PositionGates.NextAt(Gates, (ushort)gate, from);

    /// <summary>Whether <paramref name="gate"/> may open at <paramref name="position"/>, a position of the text.</summary>
    private bool MayOpen(Gate gate, int position) => (Gates[position] & (ushort)gate) != 0;

    /// <summary>The words and characters that open each gate, in the order of its bits.</summary>
    internal static IReadOnlyList<(IEnumerable<string> Words, Func<char, bool>? Characters)> GateDefinitions() =>
    [
        (Grammar.KnownPlaces.Words.Concat(Grammar.KnownOrganizations.Words), null),
        (LexiconNames.Names, null),
        (Grammar.PostHeads.Words, null),
        (Grammar.ListOpeners.Words, null),
        (TitlesAfterNames.Words, null),
        (PersonRoles.Words.Append("号"), null),
        (NameModel.JapaneseSurnameWords, null),
        (NameModel.CompoundSurnameWords, static c => NameModel.SurnameLength([c]) == 1),
        ([], TransliterationModel.IsTransliteration),
        // Past the eighth gate only characters (see PositionGates.MaxWordGates): the pairs of rivers by their first.
        (Grammar.RiverPairs.Words.Select(word => word[..1]), static c => IsAbbreviationCharacter(c) || Grammar.PairedCountryAbbreviations.Contains(c)),
        ([], NameModel.IsCommonSurname),
        ([], static c => char.IsPunctuation(c) || char.IsWhiteSpace(c) || SpeakerLeadIns.Contains(c)),
        (["队", "等", "的", "：", ":"], null),
        (["杯"], null),
        (Grammar.OrganizationSuffixes.Words.Concat(Grammar.LocationSuffixes.Words).Select(word => word[^1..]), null),
    ];

    // Apart from Scanner's own static fields, so that the table is built after the lists it is made of.
    private static class GateTables
    {
        public static readonly PositionGates Table = new(GateDefinitions());
    }
}
