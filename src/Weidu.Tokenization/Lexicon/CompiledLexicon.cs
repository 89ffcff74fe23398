using System.Runtime.InteropServices;
using System.Text;

namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The lexicon compiled at build time from jieba's dictionary (see <see cref="LexiconFormat"/>): a
/// double-array trie over folded characters, each word's frequency and tag, the character HMM for
/// unknown words and a character model of personal names. Loaded once, shared, read-only.
/// </summary>
internal sealed class CompiledLexicon
{
    public const double MinLogProbability = -3.14e100;

    private static readonly Lazy<CompiledLexicon> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _fold;
    private readonly ushort[] _codes;
    private readonly TrieUnit[] _units;
    private readonly int[] _frequency;
    private readonly byte[] _tagIndex;
    private readonly string[] _tags;

    private CompiledLexicon(BinaryReader reader)
    {
        if (reader.ReadInt32() != LexiconFormat.Magic || reader.ReadInt32() != LexiconFormat.Version)
        {
            throw new InvalidDataException("The embedded lexicon is not in the expected format.");
        }

        var totalFrequency = reader.ReadInt64();
        LogTotal = Math.Log(totalFrequency);
        _tags = new string[reader.ReadInt32()];
        for (var i = 0; i < _tags.Length; i++)
        {
            _tags[i] = string.Intern(reader.ReadString());
        }

        var rawCodes = ReadArray<ushort>(reader, LexiconFormat.AlphabetSize);
        _units = ReadArray<TrieUnit>(reader, reader.ReadInt32());
        var entryCount = reader.ReadInt32();
        _frequency = ReadArray<int>(reader, entryCount);
        LogProbabilities = ReadArray<float>(reader, entryCount);
        _tagIndex = ReadArray<byte>(reader, entryCount);

        HmmStart = ReadArray<double>(reader, LexiconFormat.StateCount);
        HmmTransition = ReadArray<double>(reader, LexiconFormat.StateCount * LexiconFormat.StateCount);
        HmmEmission = new double[LexiconFormat.StateCount * LexiconFormat.AlphabetSize];
        Array.Fill(HmmEmission, MinLogProbability);
        var emissionCount = reader.ReadInt32();
        for (var i = 0; i < emissionCount; i++)
        {
            var c = reader.ReadUInt16();
            var state = reader.ReadByte();
            HmmEmission[(state * LexiconFormat.AlphabetSize) + c] = reader.ReadDouble();
        }

        SurnameLogProbability = ReadCharDistribution(reader);
        GivenNameLogProbability = ReadCharDistribution(reader);

        // Fold once here, so a lookup reads one table per character: full-width forms and
        // traditional characters find their half-width, simplified entries. Offsets never move.
        _fold = new char[LexiconFormat.AlphabetSize];
        for (var c = 0; c < _fold.Length; c++)
        {
            _fold[c] = CharFolding.Fold((char)c);
        }

        var foldCount = reader.ReadInt32();
        for (var i = 0; i < foldCount; i++)
        {
            var traditional = reader.ReadUInt16();
            _fold[traditional] = (char)reader.ReadUInt16();
        }

        _codes = new ushort[LexiconFormat.AlphabetSize];
        for (var c = 0; c < _codes.Length; c++)
        {
            _codes[c] = rawCodes[_fold[c]];
        }
    }

    /// <summary>The character a lookup uses for <paramref name="c"/>: half-width, simplified.</summary>
    public char Fold(char c) => _fold[c];

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static CompiledLexicon Shared => SharedInstance.Value;

    /// <summary>The natural logarithm of the sum of all word frequencies.</summary>
    public double LogTotal { get; }

    /// <summary>The log probability of each entry, ln(frequency / total).</summary>
    public float[] LogProbabilities { get; }

    /// <summary>ln P(first state), in state order B, M, E, S.</summary>
    public double[] HmmStart { get; }

    /// <summary>ln P(to | from) at <c>from * 4 + to</c>.</summary>
    public double[] HmmTransition { get; }

    /// <summary>ln P(character | state) at <c>state * 65536 + character</c>.</summary>
    public double[] HmmEmission { get; }

    /// <summary>ln P(a name starts with this character), or negative infinity.</summary>
    public float[] SurnameLogProbability { get; }

    /// <summary>ln P(a given-name character is this one), or negative infinity.</summary>
    public float[] GivenNameLogProbability { get; }

    /// <summary>The tag of an entry.</summary>
    public string GetTag(int entry) => _tags[_tagIndex[entry]];

    /// <summary>The frequency of an entry.</summary>
    public int GetFrequency(int entry) => _frequency[entry];

    /// <summary>
    /// Finds every lexicon word that starts at <paramref name="start"/>: writes each one's end
    /// (exclusive) and entry into the two buffers, shortest first, and returns how many it found.
    /// </summary>
    public int MatchPrefixes(ReadOnlySpan<char> text, int start, Span<int> ends, Span<int> entries)
    {
        var codes = _codes;
        var units = _units;
        var count = 0;
        var node = 0;
        var nodeBase = units[0].Base;
        for (var i = start; i < text.Length && count < ends.Length; i++)
        {
            int code = codes[text[i]];
            var next = (nodeBase >> 1) + code;
            if (code == 0 || (uint)next >= (uint)units.Length || units[next].Check != node)
            {
                break;
            }

            node = next;
            nodeBase = units[next].Base;
            if ((nodeBase & 1) != 0)
            {
                ends[count] = i + 1;
                entries[count] = -units[nodeBase >> 1].Base - 1;
                count++;
            }
        }

        return count;
    }

    /// <summary>Finds the entry of a whole word.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> word, out int entry)
    {
        entry = -1;
        var node = 0;
        foreach (var c in word)
        {
            int code = _codes[c];
            var next = (_units[node].Base >> 1) + code;
            if (code == 0 || (uint)next >= (uint)_units.Length || _units[next].Check != node)
            {
                return false;
            }

            node = next;
        }

        var nodeBase = _units[node].Base;
        if (word.IsEmpty || (nodeBase & 1) == 0)
        {
            return false;
        }

        entry = -_units[nodeBase >> 1].Base - 1;
        return true;
    }

    private static CompiledLexicon Load()
    {
        using var stream = typeof(CompiledLexicon).Assembly.GetManifestResourceStream("Weidu.Tokenization.lexicon.bin")
            ?? throw new InvalidOperationException("The lexicon resource is missing from Weidu.Tokenization.");
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return new CompiledLexicon(reader);
    }

    private static T[] ReadArray<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        var array = new T[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private readonly record struct TrieUnit(int Base, int Check);

    private static float[] ReadCharDistribution(BinaryReader reader)
    {
        var table = new float[LexiconFormat.AlphabetSize];
        Array.Fill(table, float.NegativeInfinity);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var c = reader.ReadUInt16();
            table[c] = reader.ReadSingle();
        }

        return table;
    }
}
