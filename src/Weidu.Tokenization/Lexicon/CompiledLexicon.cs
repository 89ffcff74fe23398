using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The lexicon compiled at build time from jieba's dictionary (see <see cref="LexiconFormat"/>): a
/// double-array trie over folded characters, each word's frequency and tag, the character HMM for
/// unknown words and a character model of personal names. Loaded once, shared, read-only.
/// </summary>
/// <remarks>
/// Every per-character table is indexed by the character as written: folding (full-width and
/// traditional forms) is applied once, when the tables are loaded, so the hot loops never fold.
/// </remarks>
internal sealed class CompiledLexicon
{
    private static readonly Lazy<CompiledLexicon> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _fold;
    private readonly ushort[] _codes;
    private readonly TrieUnit[] _units;
    private readonly int[] _frequency;
    private readonly CharacterTraits[] _traits;
    private readonly ushort[] _hmmRow;

    // A bit per UTF-16 unit (8 KB) rather than a byte: only names ask it, and the traits byte is full.
    private readonly ulong[] _transliteration = new ulong[LexiconFormat.AlphabetSize / 64];
    private int[] _hmmRowByCode = [];

    private CompiledLexicon(BinaryReader reader)
    {
        if (reader.ReadInt32() != LexiconFormat.Magic || reader.ReadInt32() != LexiconFormat.Version)
        {
            throw new InvalidDataException("The embedded lexicon is not in the expected format.");
        }

        var totalFrequency = reader.ReadInt64();
        LogTotal = Math.Log(totalFrequency);
        var tags = new List<string>();
        var tagCount = reader.ReadInt32();
        for (var i = 0; i < tagCount; i++)
        {
            tags.Add(string.Intern(reader.ReadString()));
        }

        // The tags the rules give, appended when jieba's dictionary does not use them.
        TagX = TagIdOf(tags, "x");
        TagM = TagIdOf(tags, "m");
        TagT = TagIdOf(tags, "t");
        TagEng = TagIdOf(tags, "eng");
        TagW = TagIdOf(tags, "w");
        TagNr = TagIdOf(tags, "nr");
        TagNrfg = TagIdOf(tags, "nrfg");
        TagNrt = TagIdOf(tags, "nrt");
        TagN = TagIdOf(tags, "n");
        TagQ = TagIdOf(tags, "q");
        TagD = TagIdOf(tags, "d");
        Tags = [.. tags];

        var rawCodes = ReadArray<ushort>(reader, LexiconFormat.AlphabetSize);
        _units = ReadArray<TrieUnit>(reader, reader.ReadInt32(), pinned: true);
        _frequency = ReadArray<int>(reader, reader.ReadInt32());

        HmmStart = ReadArray<double>(reader, LexiconFormat.StateCount);
        HmmTransition = ReadArray<double>(reader, LexiconFormat.StateCount * LexiconFormat.StateCount);
        var rowCount = reader.ReadInt32();
        var hmmRows = ReadArray<ushort>(reader, LexiconFormat.AlphabetSize);
        HmmEmission = OrderRowsByCode(ReadArray<double>(reader, rowCount * LexiconFormat.StateCount), hmmRows, rawCodes);
        var surnames = ReadArray<ushort>(reader, reader.ReadInt32());
        var surnameLogProbabilities = ReadArray<float>(reader, surnames.Length);
        var givenNames = ReadArray<ushort>(reader, reader.ReadInt32());
        var givenNameLogProbabilities = ReadArray<float>(reader, givenNames.Length);
        var traditional = ReadArray<ushort>(reader, reader.ReadInt32());
        var simplified = ReadArray<ushort>(reader, traditional.Length);
        var transliteration = ReadArray<ushort>(reader, reader.ReadInt32());

        _fold = new char[LexiconFormat.AlphabetSize];
        _hmmRow = new ushort[LexiconFormat.AlphabetSize];
        _codes = new ushort[LexiconFormat.AlphabetSize];
        _traits = new CharacterTraits[LexiconFormat.AlphabetSize];
        SurnameLogProbability = new float[LexiconFormat.AlphabetSize];
        GivenNameLogProbability = new float[LexiconFormat.AlphabetSize];
        BuildCharacterTables(rawCodes, hmmRows, (traditional, simplified), (surnames, surnameLogProbabilities), (givenNames, givenNameLogProbabilities), transliteration);
    }

    /// <summary>The character a lookup uses for <paramref name="c"/>: half-width, simplified.</summary>
    public char Fold(char c) => _fold[c];

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static CompiledLexicon Shared => SharedInstance.Value;

    /// <summary>The natural logarithm of the sum of all word frequencies.</summary>
    public double LogTotal { get; }

    /// <summary>The part-of-speech tags by id: jieba's, then those only the rules give.</summary>
    public string[] Tags { get; }

    public byte TagX { get; }

    public byte TagM { get; }

    public byte TagT { get; }

    public byte TagEng { get; }

    public byte TagW { get; }

    public byte TagNr { get; }

    public byte TagNrfg { get; }

    public byte TagNrt { get; }

    public byte TagN { get; }

    public byte TagQ { get; }

    public byte TagD { get; }

    /// <summary>ln P(first state), in state order B, M, E, S.</summary>
    public double[] HmmStart { get; }

    /// <summary>ln P(to | from) at <c>from * 4 + to</c>.</summary>
    public double[] HmmTransition { get; }

    /// <summary>ln P(character | state) at <c>HmmRow(character) + state</c>.</summary>
    public double[] HmmEmission { get; }

    /// <summary>Where the emissions of a character (folded) start in <see cref="HmmEmission"/>.</summary>
    public int HmmRow(char c) => _hmmRow[c] * LexiconFormat.StateCount;

    /// <summary>
    /// <see cref="HmmRow"/> by trie code (<see cref="CodeOf"/>), or -1 for the code that every character
    /// in no word shares, whose rows differ: the codes of a run are at hand, and the table by code is a
    /// few hot cache lines where the one by character spreads over the Han block.
    /// </summary>
    public int HmmRowByCode(ushort code) => _hmmRowByCode[code];

    /// <summary>ln P(a name starts with this character), or negative infinity.</summary>
    public float[] SurnameLogProbability { get; }

    /// <summary>ln P(a given-name character is this one), or negative infinity.</summary>
    public float[] GivenNameLogProbability { get; }

    /// <summary>
    /// <see cref="SurnameLogProbability"/> by trie code (<see cref="CodeOf"/>): codes go by frequency,
    /// so the characters text is made of share a few cache lines, where the table by character
    /// spreads them over 84 KB of the Han block.
    /// </summary>
    public float[] SurnameLogProbabilityByCode { get; private set; } = [];

    /// <summary><see cref="GivenNameLogProbability"/> by trie code (see <see cref="SurnameLogProbabilityByCode"/>).</summary>
    public float[] GivenNameLogProbabilityByCode { get; private set; } = [];

    /// <summary>The trie code of a character (folded); every character in no word has the same one.</summary>
    public ushort CodeOf(char c) => _codes[c];

    /// <summary>The least log probability of a surname in the name model: what a rare surname (<see cref="Surnames.Rare"/>) counts as.</summary>
    public float LeastSurnameLogProbability { get; private set; }

    /// <summary>Whether the character (folded) is a common Chinese surname.</summary>
    public bool IsSurname(char c) => (_traits[c] & CharacterTraits.Surname) != 0;

    /// <summary>
    /// Whether the character (folded) is one that jieba's transliterated names (<c>nrt</c>) are made of far more
    /// often than its other words (沙, 米, 拉; not 都, 的, 和).
    /// </summary>
    public bool IsTransliteration(char c) => (_transliteration[c >> 6] & (1UL << c)) != 0;

    /// <summary>What the lattice asks of a character, in one table read.</summary>
    public CharacterTraits TraitsOf(char c) => _traits[c];

    /// <summary>The traits of every UTF-16 unit, for loops that read many (see <see cref="TraitsOf"/>).</summary>
    public ReadOnlySpan<CharacterTraits> Traits => _traits;


    /// <summary>
    /// Finds every lexicon word in <paramref name="text"/>, at every position, into
    /// <paramref name="table"/>: each one's end (exclusive), score and tag, grouped by
    /// position and shortest first (at most <see cref="PrefixMatchTable.MaxMatchesPerPosition"/> per position,
    /// one of each length the lexicon has).
    /// </summary>
    /// <remarks>
    /// The walks from all positions advance together, one character per round, rather than one walk
    /// after another: the deeper trie levels do not fit in cache, and a walk that goes on asks the
    /// processor for the unit its next step will read as soon as it knows it, a whole round ahead, so
    /// the cache misses of a round's walks overlap instead of following one another. The units live on
    /// the pinned heap, so their address is stable.
    /// </remarks>
    /// <param name="text">The run to search.</param>
    /// <param name="table">Where the words go.</param>
    /// <param name="multiCharacterBonus">
    /// Added to the log probability of a word of two or more characters to make its score, so the
    /// best path reads a word's score as it is.
    /// </param>
    /// <param name="mark">
    /// The positions whose character has any of these traits go to <see cref="PrefixMatchTable.Marked"/>
    /// (every position with <see cref="CharacterTraits.Any"/>), from the pass that reads the characters
    /// anyway; the traits of all the characters go to <see cref="PrefixMatchTable.RunTraits"/>.
    /// </param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public unsafe void MatchAllPrefixes(ReadOnlySpan<char> text, PrefixMatchTable table, float multiCharacterBonus, CharacterTraits mark)
    {
        var n = text.Length;
        table.EnsureRun(n);
        table.Counts.AsSpan(0, n).Clear();

        // The character tables have an entry for every UTF-16 unit and the run's arrays room for n,
        // so this pass reads and writes without bounds checks, and from locals: a table read through
        // a field is read again after every store.
        ref var codeOfCharacter = ref MemoryMarshal.GetArrayDataReference(_codes);
        ref var traitsOfCharacter = ref MemoryMarshal.GetArrayDataReference(_traits);
        ref var runCodes = ref MemoryMarshal.GetArrayDataReference(table.Codes);
        ref var marked = ref MemoryMarshal.GetArrayDataReference(table.Marked);
        var markedCount = 0;
        var runTraits = CharacterTraits.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            Unsafe.Add(ref runCodes, i) = Unsafe.Add(ref codeOfCharacter, c);

            // Without a branch: which characters are marked is the text's business.
            var traits = Unsafe.Add(ref traitsOfCharacter, c);
            Unsafe.Add(ref marked, markedCount) = i;
            markedCount += (traits & mark) != 0 ? 1 : 0;
            runTraits |= traits;
        }

        table.MarkedCount = markedCount;
        table.RunTraits = runTraits;

        // Bounds are checked by hand: a walk goes on only with a unit index inside the trie, a match
        // goes to its position's slot only while the slot has room, and every other index is a
        // position of the run.
        var unitCount = (uint)_units.Length;
        var rootOffset = _units[0].Base >> 1;
        ref var units = ref MemoryMarshal.GetArrayDataReference(_units);
        ref var walks = ref MemoryMarshal.GetArrayDataReference(table.Walks);
        ref var count = ref MemoryMarshal.GetArrayDataReference(table.Counts);
        ref var matches = ref MemoryMarshal.GetArrayDataReference(table.Matches);
        for (var (depth, walking) = (0, n); walking > 0; depth++)
        {
            var bonus = depth == 0 ? 0 : multiCharacterBonus;
            var kept = 0;
            for (var k = 0; k < walking; k++)
            {
                // The first round starts a walk at every position from the root without reading a
                // list of them; the later rounds read the unit each walk kept for its next step.
                PrefixWalk walk;
                if (depth == 0)
                {
                    walk = new PrefixWalk(k, 0, rootOffset + Unsafe.Add(ref runCodes, k));
                    if ((uint)walk.Next >= unitCount)
                    {
                        continue;
                    }
                }
                else
                {
                    walk = Unsafe.Add(ref walks, k);
                }

                ref readonly var unit = ref Unsafe.Add(ref units, (uint)walk.Next);
                if (unit.Check != walk.Node)
                {
                    continue;
                }

                if ((unit.Base & 1) != 0)
                {
                    ref var found = ref Unsafe.Add(ref count, walk.Start);
                    Unsafe.Add(ref matches, (walk.Start * PrefixMatchTable.MaxMatchesPerPosition) + found) =
                        new PrefixMatch(unit.LogProbability + bonus, (byte)(depth + 1), (byte)unit.Word);
                    if (++found == PrefixMatchTable.MaxMatchesPerPosition)
                    {
                        continue;
                    }
                }

                // The next step's unit is known now: the walk keeps it only when it is inside the
                // trie (a leaf's child offset points past it), and asks for it a whole round ahead.
                var at = walk.Start + depth + 1;
                if (at < n)
                {
                    var ahead = (unit.Base >> 1) + Unsafe.Add(ref runCodes, at);
                    if ((uint)ahead < unitCount)
                    {
                        Unsafe.Add(ref walks, kept++) = new PrefixWalk(walk.Start, walk.Next, ahead);
                        if (Sse.IsSupported)
                        {
                            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref units, (uint)ahead)));
                        }
                    }
                }
            }

            walking = kept;
        }
    }

    /// <summary>Finds a whole word: its frequency and tag.</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        var node = FindWordNode(word);
        if (node < 0)
        {
            entry = default;
            return false;
        }

        var packed = _units[node].Word;
        entry = new LexiconEntry(_frequency[packed >> 8], Tags[packed & 0xFF]);
        return true;
    }

    private int FindWordNode(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            int code = _codes[c];
            var next = (_units[node].Base >> 1) + code;
            if ((uint)next >= (uint)_units.Length || _units[next].Check != node)
            {
                return -1;
            }

            node = next;
        }

        var nodeBase = _units[node].Base;
        return word.IsEmpty || (nodeBase & 1) == 0 ? -1 : node;
    }

    /// <summary>
    /// Fills the per-character tables, each indexed by the character as written with folding
    /// applied: full-width forms and traditional characters find their half-width, simplified
    /// entries, and offsets never move. Loops over all 65,536 characters run once per process, so
    /// they are compiled optimized at once rather than first in the unoptimized tier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildCharacterTables(
        ushort[] rawCodes, ushort[] hmmRows, (ushort[] Traditional, ushort[] Simplified) folding, (ushort[] Chars, float[] LogP) surnames, (ushort[] Chars, float[] LogP) givenNames, ushort[] transliteration)
    {
        for (var c = 0; c < _fold.Length; c++)
        {
            _fold[c] = CharFolding.Fold((char)c);
        }

        for (var i = 0; i < folding.Traditional.Length; i++)
        {
            _fold[folding.Traditional[i]] = (char)folding.Simplified[i];
        }

        // A character in no word gets a code no node has a child for, rather than 0: the step that
        // tries it reads a unit whose check is another node's (or none), as any absent child, so the
        // walk needs no test of its own for it.
        var absent = (ushort)(rawCodes.Max() + 1);
        var surname = Scatter(surnames.Chars, surnames.LogP);
        var given = Scatter(givenNames.Chars, givenNames.LogP);
        var rare = new bool[_codes.Length];
        foreach (var c in Surnames.Rare)
        {
            rare[c] = true;
        }

        var isTransliteration = new bool[_codes.Length];
        foreach (var c in transliteration)
        {
            isTransliteration[c] = true;
        }

        LeastSurnameLogProbability = surnames.LogP.Min();
        var rootOffset = _units[0].Base >> 1;
        for (var c = 0; c < _codes.Length; c++)
        {
            var folded = _fold[c];
            _hmmRow[c] = hmmRows[folded];
            _codes[c] = rawCodes[folded] == 0 ? absent : rawCodes[folded];
            var single = rootOffset + _codes[c];
            var isWord = (uint)single < (uint)_units.Length && _units[single].Check == 0 && (_units[single].Base & 1) != 0;
            _traits[c] = CharacterTraits.Any |
                (CharFolding.IsSurname(folded) ? CharacterTraits.Surname : 0) |
                (rare[folded] ? CharacterTraits.RareSurname : 0) |
                (CharFolding.IsHan((char)c) ? CharacterTraits.Han : 0) |
                (CharFolding.MayStartRule((char)c) ? CharacterTraits.MayStartRule : 0) |
                (CharFolding.MayJoinGrapheme((char)c) ? CharacterTraits.MayJoinGrapheme : 0) |
                (c == '月' ? CharacterTraits.Month : 0) |
                (isWord ? 0 : CharacterTraits.NoSingleWord);
            _transliteration[c >> 6] |= isTransliteration[folded] ? 1UL << c : 0;
            SurnameLogProbability[c] = surname[folded];
            GivenNameLogProbability[c] = given[folded];
        }

        _hmmRowByCode = new int[absent + 1];
        _hmmRowByCode[absent] = -1;
        for (var c = 0; c < _codes.Length; c++)
        {
            if (_codes[c] != absent)
            {
                _hmmRowByCode[_codes[c]] = HmmRow((char)c);
            }
        }

        // Names are lexicon words, so a character with a name probability has a code of its own.
        SurnameLogProbabilityByCode = ByCode(surname);
        GivenNameLogProbabilityByCode = ByCode(given);

        float[] ByCode(float[] byCharacter)
        {
            var table = GC.AllocateUninitializedArray<float>(absent + 1);
            Array.Fill(table, float.NegativeInfinity);
            for (var c = 0; c < rawCodes.Length; c++)
            {
                if (rawCodes[c] != 0)
                {
                    table[rawCodes[c]] = byCharacter[c];
                }
            }

            return table;
        }

        static float[] Scatter(ushort[] chars, float[] logP)
        {
            var table = GC.AllocateUninitializedArray<float>(LexiconFormat.AlphabetSize);
            Array.Fill(table, float.NegativeInfinity);
            for (var i = 0; i < chars.Length; i++)
            {
                table[chars[i]] = logP[i];
            }

            return table;
        }
    }

    /// <summary>
    /// Puts the HMM's rows in the order of their characters' trie codes, which go by how many words
    /// hold a character, and renumbers <paramref name="rowOf"/> (by folded character) to match: the
    /// rows the unknown-word model reads share a few cache lines, where the file's Unicode order spreads
    /// its 14,633 rows (468 KB) evenly. The rows' values do not change.
    /// </summary>
    private static double[] OrderRowsByCode(double[] emission, ushort[] rowOf, ushort[] rawCodes)
    {
        // A row's place: the smallest code of a character that reads it (no code last), then its number.
        var rowCount = emission.Length / LexiconFormat.StateCount;
        var places = new long[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            places[row] = long.MaxValue - rowCount + row;
        }

        for (var c = 0; c < rowOf.Length; c++)
        {
            var code = rawCodes[c] == 0 ? ushort.MaxValue + 1L : rawCodes[c];
            places[rowOf[c]] = Math.Min(places[rowOf[c]], (code << 32) | rowOf[c]);
        }

        var rows = new int[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            rows[row] = row;
        }

        Array.Sort(places, rows);
        var renumbered = new ushort[rowCount];
        var ordered = GC.AllocateUninitializedArray<double>(emission.Length);
        for (var place = 0; place < rowCount; place++)
        {
            renumbered[rows[place]] = checked((ushort)place);
            emission.AsSpan(rows[place] * LexiconFormat.StateCount, LexiconFormat.StateCount).CopyTo(ordered.AsSpan(place * LexiconFormat.StateCount));
        }

        for (var c = 0; c < rowOf.Length; c++)
        {
            rowOf[c] = renumbered[rowOf[c]];
        }

        return ordered;
    }

    private static byte TagIdOf(List<string> tags, string tag)
    {
        var index = tags.IndexOf(tag);
        if (index < 0)
        {
            index = tags.Count;
            tags.Add(tag);
        }

        return checked((byte)index);
    }

    private static CompiledLexicon Load()
    {
        using var stream = typeof(CompiledLexicon).Assembly.GetManifestResourceStream("Weidu.Tokenization.lexicon.bin")
            ?? throw new InvalidOperationException("The lexicon resource is missing from Weidu.Tokenization.");
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return new CompiledLexicon(reader);
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count, bool pinned = false)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(count, pinned);
        if (pinned)
        {
            HugePages.Advise(array);
        }

        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>A double-array unit; a node where a word ends also holds that word (see <see cref="LexiconFormat"/>).</summary>
    private readonly record struct TrieUnit(int Base, int Check, float LogProbability, int Word);
}

/// <summary>What the lattice asks of a character as written (see <see cref="CompiledLexicon.TraitsOf"/>).</summary>
[Flags]
internal enum CharacterTraits : byte
{
    /// <summary>Nothing below.</summary>
    None = 0,

    /// <summary>A common Chinese surname once folded.</summary>
    Surname = 1,

    /// <summary>A Han character (<see cref="CharFolding.IsHan"/>).</summary>
    Han = 2,

    /// <summary>May start a number, Latin run, ordinal or list marker (<see cref="CharFolding.MayStartRule"/>).</summary>
    MayStartRule = 4,

    /// <summary>The lexicon has no word of this one character (folded).</summary>
    NoSingleWord = 8,

    /// <summary>Every character: asks <see cref="CompiledLexicon.MatchAllPrefixes"/> to mark every position.</summary>
    Any = 16,

    /// <summary>May continue a grapheme cluster (<see cref="CharFolding.MayJoinGrapheme"/>).</summary>
    MayJoinGrapheme = 32,

    /// <summary>月, which every date merge involves: a year with its month, a month with its day.</summary>
    Month = 64,

    /// <summary>A rare or ambiguous surname once folded (<see cref="Surnames.Rare"/>), which opens a name only in a name's context.</summary>
    RareSurname = 128,

    /// <summary>A position whose character has none of these has no candidate but the lexicon's words.</summary>
    MayHaveEdges = Surname | RareSurname | MayStartRule | NoSingleWord,
}

/// <summary>
/// A lexicon word found at a position: its score (ln(frequency / total), plus the bonus for a word of
/// two or more characters), its length and tag id. Eight bytes, so a position's slot is one cache line.
/// </summary>
internal readonly record struct PrefixMatch(float Score, byte Length, byte Tag);
