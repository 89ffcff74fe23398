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
    private const byte SurnameFlag = 1;

    private static readonly Lazy<CompiledLexicon> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _fold;
    private readonly ushort[] _codes;
    private readonly TrieUnit[] _units;
    private readonly int[] _frequency;
    private readonly byte[] _flags;
    private readonly ushort[] _hmmRow;

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
        TagN = TagIdOf(tags, "n");
        TagQ = TagIdOf(tags, "q");
        Tags = [.. tags];

        var rawCodes = ReadArray<ushort>(reader, LexiconFormat.AlphabetSize);
        _units = ReadArray<TrieUnit>(reader, reader.ReadInt32(), pinned: true);
        _frequency = ReadArray<int>(reader, reader.ReadInt32());

        HmmStart = ReadArray<double>(reader, LexiconFormat.StateCount);
        HmmTransition = ReadArray<double>(reader, LexiconFormat.StateCount * LexiconFormat.StateCount);
        var rowCount = reader.ReadInt32();
        _hmmRow = ReadArray<ushort>(reader, LexiconFormat.AlphabetSize);
        HmmEmission = ReadArray<double>(reader, rowCount * LexiconFormat.StateCount);
        var surnames = ReadArray<ushort>(reader, reader.ReadInt32());
        var surnameLogProbabilities = ReadArray<float>(reader, surnames.Length);
        var givenNames = ReadArray<ushort>(reader, reader.ReadInt32());
        var givenNameLogProbabilities = ReadArray<float>(reader, givenNames.Length);
        var traditional = ReadArray<ushort>(reader, reader.ReadInt32());
        var simplified = ReadArray<ushort>(reader, traditional.Length);

        _fold = new char[LexiconFormat.AlphabetSize];
        _codes = new ushort[LexiconFormat.AlphabetSize];
        _flags = new byte[LexiconFormat.AlphabetSize];
        SurnameLogProbability = new float[LexiconFormat.AlphabetSize];
        GivenNameLogProbability = new float[LexiconFormat.AlphabetSize];
        BuildCharacterTables(rawCodes, (traditional, simplified), (surnames, surnameLogProbabilities), (givenNames, givenNameLogProbabilities));
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

    public byte TagN { get; }

    public byte TagQ { get; }

    /// <summary>ln P(first state), in state order B, M, E, S.</summary>
    public double[] HmmStart { get; }

    /// <summary>ln P(to | from) at <c>from * 4 + to</c>.</summary>
    public double[] HmmTransition { get; }

    /// <summary>ln P(character | state) at <c>HmmRow(character) + state</c>.</summary>
    public double[] HmmEmission { get; }

    /// <summary>Where the emissions of a character (folded) start in <see cref="HmmEmission"/>.</summary>
    public int HmmRow(char c) => _hmmRow[_fold[c]] * LexiconFormat.StateCount;

    /// <summary>ln P(a name starts with this character), or negative infinity.</summary>
    public float[] SurnameLogProbability { get; }

    /// <summary>ln P(a given-name character is this one), or negative infinity.</summary>
    public float[] GivenNameLogProbability { get; }

    /// <summary>Whether the character (folded) is a common Chinese surname.</summary>
    public bool IsSurname(char c) => (_flags[c] & SurnameFlag) != 0;

    /// <summary>
    /// Finds every lexicon word that starts at <paramref name="start"/>, shortest first: writes each
    /// one's end (exclusive), log probability, tag and entry into <paramref name="matches"/> and
    /// returns how many it found. The walk folds each character through one table read.
    /// </summary>
    public int MatchPrefixes(ReadOnlySpan<char> text, int start, Span<PrefixMatch> matches)
    {
        Prefetch(text, start + 2, depth: 2);
        Prefetch(text, start + 1, depth: 3);
        var codes = _codes;
        var units = _units;
        var count = 0;
        var node = 0;
        var nodeBase = units[0].Base;
        for (var i = start; i < text.Length && count < matches.Length; i++)
        {
            int code = codes[text[i]];
            var next = (nodeBase >> 1) + code;
            if (code == 0 || (uint)next >= (uint)units.Length || units[next].Check != node)
            {
                break;
            }

            node = next;
            ref readonly var unit = ref units[next];
            nodeBase = unit.Base;
            if ((nodeBase & 1) != 0)
            {
                matches[count++] = new PrefixMatch(i + 1, unit.LogProbability, (byte)unit.Word);
            }
        }

        return count;
    }

    /// <summary>
    /// Asks the processor to fetch the trie unit that a walk from <paramref name="start"/> will read
    /// at its character number <paramref name="depth"/>, walking the levels before it. The first
    /// level of the trie stays in cache and the deeper ones are where walks miss; a walk cannot start
    /// before the previous one ends, so each walk prefetches for the walks just ahead of it: the
    /// second level two positions ahead, the third one position ahead (whose second level the walk
    /// before prefetched). The trie units live on the pinned heap, so their address is stable.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<char> text, int start, int depth)
    {
        if (!Sse.IsSupported || (uint)(start + depth - 1) >= (uint)text.Length)
        {
            return;
        }

        var units = _units;
        var codes = _codes;
        var node = 0;
        for (var i = start; i < start + depth - 1; i++)
        {
            var next = (units[node].Base >> 1) + codes[text[i]];
            if ((uint)next >= (uint)units.Length || units[next].Check != node)
            {
                return;
            }

            node = next;
        }

        var target = (units[node].Base >> 1) + codes[text[start + depth - 1]];
        if ((uint)target < (uint)units.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref units[target]));
        }
    }

    /// <summary>Whether a whole word is in the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> word) => FindWordNode(word) >= 0;

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
            if (code == 0 || (uint)next >= (uint)_units.Length || _units[next].Check != node)
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
        ushort[] rawCodes, (ushort[] Traditional, ushort[] Simplified) folding, (ushort[] Chars, float[] LogP) surnames, (ushort[] Chars, float[] LogP) givenNames)
    {
        for (var c = 0; c < _fold.Length; c++)
        {
            _fold[c] = CharFolding.Fold((char)c);
        }

        for (var i = 0; i < folding.Traditional.Length; i++)
        {
            _fold[folding.Traditional[i]] = (char)folding.Simplified[i];
        }

        var surname = Scatter(surnames.Chars, surnames.LogP);
        var given = Scatter(givenNames.Chars, givenNames.LogP);
        for (var c = 0; c < _codes.Length; c++)
        {
            var folded = _fold[c];
            _codes[c] = rawCodes[folded];
            _flags[c] = CharFolding.IsSurname(folded) ? SurnameFlag : (byte)0;
            SurnameLogProbability[c] = surname[folded];
            GivenNameLogProbability[c] = given[folded];
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
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>A double-array unit; a node where a word ends also holds that word (see <see cref="LexiconFormat"/>).</summary>
    private readonly record struct TrieUnit(int Base, int Check, float LogProbability, int Word);
}

/// <summary>A lexicon word found at a position: its end, ln(frequency / total) and tag id.</summary>
internal readonly record struct PrefixMatch(int End, float LogProbability, byte Tag);
