using System.Globalization;
using System.Text;
using System.Text.Json;
using Weidu.Tokenization.Lexicon;

// Compiles jieba's dictionary (dict.txt: "word frequency tag" per line) and its character HMM
// (prob_emit.json, prob_trans.json) into the binary form described in LexiconFormat.
if (args is ["--export-hant-hans", var tablePath])
{
    return TraditionalFolding.Export(tablePath);
}

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Weidu.Tokenization.LexiconCompiler <jieba Resources folder> <hant-hans.txt> <output file>");
    Console.Error.WriteLine("       Weidu.Tokenization.LexiconCompiler --export-hant-hans <hant-hans.txt>");
    return 2;
}

var resources = args[0];
var traditionalTable = args[1];
var output = args[2];

var entries = new SortedDictionary<string, (int Frequency, string Tag)>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(resources, "dict.txt"), Encoding.UTF8))
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (parts.Length == 0)
    {
        continue;
    }

    var frequency = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 1;
    var tag = parts.Length > 2 ? parts[2] : "x";
    entries[parts[0]] = (Math.Max(frequency, 1), tag);
}

var words = entries.Keys.ToArray();
if (words.FirstOrDefault(w => w.Length > LexiconFormat.MaxWordLength) is { } tooLong)
{
    Console.Error.WriteLine($"error: '{tooLong}' is longer than the {LexiconFormat.MaxWordLength} characters LexiconFormat.MaxWordLength allows");
    return 1;
}

// The words that start at one position of a text are a word and those of its prefixes that are words.
if (words.FirstOrDefault(w => Enumerable.Range(1, w.Length).Count(length => entries.ContainsKey(w[..length])) > LexiconFormat.MaxWordsOnOnePath) is { } tooMany)
{
    Console.Error.WriteLine($"error: '{tooMany}' and its prefixes are more than the {LexiconFormat.MaxWordsOnOnePath} words LexiconFormat.MaxWordsOnOnePath allows");
    return 1;
}

var tags = entries.Values.Select(v => v.Tag).Distinct().Order(StringComparer.Ordinal).ToList();
var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (byte)p.i);

// Dense codes, most frequent character first, keep the double array compact.
var charCounts = new Dictionary<char, long>();
foreach (var word in entries.Keys)
{
    foreach (var c in word)
    {
        charCounts[c] = charCounts.GetValueOrDefault(c) + 1;
    }
}

var codes = new ushort[LexiconFormat.AlphabetSize];
var code = (ushort)1;
foreach (var c in charCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key))
{
    codes[c] = code++;
}

var trie = DoubleArrayTrieBuilder.Build(words, [.. words.Select(w => entries[w].Frequency)], codes);
Console.WriteLine($"lexicon: {words.Length} words, {code - 1} characters, {trie.Base.Length} trie slots");

using var stream = File.Create(output);
using var writer = new BinaryWriter(stream, Encoding.UTF8);
writer.Write(LexiconFormat.Magic);
writer.Write(LexiconFormat.Version);
writer.Write(entries.Values.Sum(v => (long)v.Frequency));
writer.Write(tags.Count);
foreach (var tag in tags)
{
    writer.Write(tag);
}

foreach (var c in codes)
{
    writer.Write(c);
}

var totalFrequency = entries.Values.Sum(v => (double)v.Frequency);

// Units of (base, check, ln P, word), so one cache line serves a step and the word that ends at a
// node: bit 0 of a node's base marks that a word ends there, and then the unit also holds the word's
// ln(frequency / total) and (entry << 8 | tag index). The end-of-word slot (the node's child of code
// 0, which no walk probes) keeps -(entry + 1) and its parent, as the builder made it.
// A node whose only child is its end-of-word slot (a word no longer word extends) gets
// LexiconFormat.LeafOffset, so a walk that reaches it stops at the bounds check instead of reading
// one more unit, usually a cache miss.
var hasChild = new bool[trie.Base.Length];
for (var i = 1; i < trie.Base.Length; i++)
{
    if (trie.Check[i] >= 0 && trie.Base[i] > 0)
    {
        hasChild[trie.Check[i]] = true;
    }
}

var units = new int[trie.Base.Length * 4];
for (var i = 0; i < trie.Base.Length; i++)
{
    units[4 * i] = trie.Base[i] < 0 ? trie.Base[i] : (hasChild[i] ? trie.Base[i] : LexiconFormat.LeafOffset) << 1;
    units[(4 * i) + 1] = trie.Check[i];
}

for (var i = 0; i < trie.Base.Length; i++)
{
    if (trie.Base[i] < 0 && trie.Check[i] >= 0 && trie.Base[trie.Check[i]] == i)
    {
        var node = trie.Check[i];
        var entry = -trie.Base[i] - 1;
        var (frequency, tag) = entries[words[entry]];
        units[4 * node] |= 1;
        units[(4 * node) + 2] = BitConverter.SingleToInt32Bits((float)Math.Log(frequency / totalFrequency));
        units[(4 * node) + 3] = (entry << 8) | tagIndex[tag];
    }
}

writer.Write(trie.Base.Length);
foreach (var unit in units)
{
    writer.Write(unit);
}

writer.Write(words.Length);
foreach (var word in words)
{
    writer.Write(entries[word].Frequency);
}

WriteHmm(writer, resources);
WriteNameModel(writer, entries);
var traditional = TraditionalFolding.Build(traditionalTable, charCounts);
Console.WriteLine($"traditional folding: {traditional.Count} characters");
writer.Write(traditional.Count);
foreach (var (traditionalChar, _) in traditional)
{
    writer.Write((ushort)traditionalChar);
}

foreach (var (_, simplified) in traditional)
{
    writer.Write((ushort)simplified);
}

var transliteration = TransliterationCharacters(entries);
Console.WriteLine($"transliteration characters: {transliteration.Count}");
writer.Write(transliteration.Count);
foreach (var c in transliteration)
{
    writer.Write((ushort)c);
}

return 0;

static void WriteHmm(BinaryWriter writer, string resources)
{
    const string States = "BMES";

    // jieba's finalseg start probabilities (prob_start.py); a word cannot start in M or E.
    double[] start = [-0.26268660809250016, LexiconFormat.MinLogProbability, LexiconFormat.MinLogProbability, -1.4652633398537678];
    foreach (var p in start)
    {
        writer.Write(p);
    }

    using var trans = JsonDocument.Parse(File.ReadAllText(Path.Combine(resources, "prob_trans.json")));
    foreach (var from in States)
    {
        foreach (var to in States)
        {
            var row = trans.RootElement.GetProperty(from.ToString());
            writer.Write(row.TryGetProperty(to.ToString(), out var p) ? p.GetDouble() : LexiconFormat.MinLogProbability);
        }
    }

    using var emit = JsonDocument.Parse(File.ReadAllText(Path.Combine(resources, "prob_emit.json")));
    var emissions = new List<(char Char, byte State, double LogP)>();
    for (var s = 0; s < States.Length; s++)
    {
        foreach (var property in emit.RootElement.GetProperty(States[s].ToString()).EnumerateObject())
        {
            if (property.Name.Length == 1)
            {
                emissions.Add((property.Name[0], (byte)s, property.Value.GetDouble()));
            }
        }
    }

    // A row of four states per character the model knows; row 0 is the unknown character's.
    var rowOf = new ushort[LexiconFormat.AlphabetSize];
    var rows = new List<double[]> { Unknown() };
    foreach (var (c, state, logP) in emissions.OrderBy(e => e.Char))
    {
        if (rowOf[c] == 0)
        {
            rowOf[c] = checked((ushort)rows.Count);
            rows.Add(Unknown());
        }

        rows[rowOf[c]][state] = logP;
    }

    static double[] Unknown() => [.. Enumerable.Repeat(LexiconFormat.MinLogProbability, LexiconFormat.StateCount)];

    writer.Write(rows.Count);
    foreach (var row in rowOf)
    {
        writer.Write(row);
    }

    foreach (var p in rows.SelectMany(r => r))
    {
        writer.Write(p);
    }
}

// A character model of Chinese personal names, counted over the lexicon's person names (tag nr)
// that start with a common surname: how often each surname starts one, and how often a character
// appears in a given name.
static void WriteNameModel(BinaryWriter writer, SortedDictionary<string, (int Frequency, string Tag)> entries)
{
    var surnames = new Dictionary<char, int>();
    var given = new Dictionary<char, int>();
    foreach (var (word, (_, tag)) in entries)
    {
        if (tag != "nr" || word.Length is < 2 or > 3 || !Surnames.Contains(word[0]) || !word.All(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            continue;
        }

        surnames[word[0]] = surnames.GetValueOrDefault(word[0]) + 1;
        foreach (var c in word.AsSpan(1))
        {
            given[c] = given.GetValueOrDefault(c) + 1;
        }
    }

    WriteLogDistribution(writer, surnames);
    WriteLogDistribution(writer, given);
}

static void WriteLogDistribution(BinaryWriter writer, Dictionary<char, int> counts)
{
    var total = (double)counts.Values.Sum();
    var ordered = counts.OrderBy(p => p.Key).ToList();
    writer.Write(ordered.Count);
    foreach (var (c, _) in ordered)
    {
        writer.Write((ushort)c);
    }

    foreach (var (_, count) in ordered)
    {
        writer.Write((float)Math.Log(count / total));
    }
}

// The characters jieba's transliterated names (words of two or more characters tagged nrt: 克林顿, 米拉) are made of
// far more often than its other words: the natural log of a character's share of the names' characters over its
// share of the other words' (those not tagged nr*, each character weighted by the word's frequency) is at least
// TransliterationLogRatio. Characters seen in fewer than three such names are left out. The same statistic as the
// entity tagger's Data/make_transliteration_scores.py, made here from the dictionary the tokenizer compiles.
static List<char> TransliterationCharacters(SortedDictionary<string, (int Frequency, string Tag)> entries)
{
    const double TransliterationLogRatio = 1;
    const int MinNames = 3;
    var inNames = new Dictionary<char, int>();
    var inText = new Dictionary<char, long>();
    var textTotal = 0L;
    foreach (var (word, (frequency, tag)) in entries)
    {
        if (tag == "nrt" && word.Length >= 2)
        {
            foreach (var c in word)
            {
                inNames[c] = inNames.GetValueOrDefault(c) + 1;
            }
        }
        else if (!tag.StartsWith("nr", StringComparison.Ordinal))
        {
            foreach (var c in word)
            {
                inText[c] = inText.GetValueOrDefault(c) + frequency;
            }

            textTotal += (long)frequency * word.Length;
        }
    }

    var namesTotal = (double)inNames.Values.Sum();
    var textSmoothed = (double)textTotal + inText.Count + 1;
    return [.. inNames
        .Where(p => p.Value >= MinNames &&
            Math.Log((p.Value + 0.5) / namesTotal) - Math.Log((inText.GetValueOrDefault(p.Key) + 1) / textSmoothed) >= TransliterationLogRatio)
        .Select(p => p.Key)
        .Order()];
}
