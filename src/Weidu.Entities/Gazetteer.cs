using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weidu.Core;
using Weidu.Tokenization;

namespace Weidu.Entities;

/// <summary>A name and its type, as listed in a gazetteer.</summary>
/// <param name="Text">The name as it is written.</param>
/// <param name="Type">The kind of entity it names.</param>
public sealed record GazetteerEntry(string Text, EntityType Type);

/// <summary>
/// The confident names one text contributed in the collecting pass (see <see cref="EntityTagger.Collect(string)"/>),
/// sorted and distinct, so equal texts give equal contributions.
/// </summary>
/// <param name="Entries">The names, sorted by text then type.</param>
public sealed record GazetteerContribution(EquatableArray<GazetteerEntry> Entries)
{
    /// <summary>A contribution with no names.</summary>
    public static GazetteerContribution Empty { get; } = new(EquatableArray<GazetteerEntry>.Empty);
}

/// <summary>
/// An immutable list of names with their types: the corpus gazetteer that the collecting pass builds and the
/// tagging pass reads, so that a name found confidently once is tagged wherever it appears whole. Two gazetteers
/// with the same entries are equal, so a pipeline re-runs the tagging pass only when the gazetteer really changed.
/// </summary>
public sealed class Gazetteer : IEquatable<Gazetteer>
{
    // Built on first use, by whichever thread asks first (two racing threads build equal tries and one is kept): a
    // restricted gazetteer is made for every text and mostly never builds one, so no Lazy and closure for each.
    private NameTrie? _trie;

    // Set only on a probe (see CreateProbe): the text being scanned, and every offset in it where names were asked for.
    private readonly string? _probedText;
    private readonly List<int>? _probes;

    // Set only on a gazetteer restricted to a scanned text (see RestrictTo(EntityScan)): that clean text and every
    // match of the names in it, by start and then shortest first. The tagging pass asks such a gazetteer only about
    // its own text, so the matches answer it and its trie is built only if it is asked about another.
    private readonly string? _matchedText;
    private readonly int[]? _matchStarts;
    private readonly int[]? _matchEntries;

    // A bit per position of the matched text where a name starts: the scan asks at every position, and few hold one.
    private readonly ulong[]? _startsName;

    private Gazetteer(EquatableArray<GazetteerEntry> entries)
    {
        Entries = entries;
    }

    private Gazetteer(EquatableArray<GazetteerEntry> entries, string matchedText, int[] matchStarts, int[] matchEntries)
        : this(entries)
    {
        _matchedText = matchedText;
        _matchStarts = matchStarts;
        _matchEntries = matchEntries;
        _startsName = new ulong[(matchedText.Length + 63) >> 6];
        foreach (var start in matchStarts)
        {
            _startsName[start >> 6] |= 1UL << start;
        }
    }

    private Gazetteer(string probedText)
        : this(EquatableArray<GazetteerEntry>.Empty)
    {
        _probedText = probedText;
        _probes = [];
    }

    private NameTrie Trie => Volatile.Read(ref _trie) ?? BuildTrie();

    /// <summary>The gazetteer with no entries.</summary>
    public static Gazetteer Empty { get; } = new(EquatableArray<GazetteerEntry>.Empty);

    /// <summary>The entries, sorted by text then type; a text has one type.</summary>
    public EquatableArray<GazetteerEntry> Entries { get; }

    /// <summary>
    /// Makes a gazetteer from entries. Empty texts are skipped; a text listed with several types keeps the one
    /// listed most often (ties go to the earlier <see cref="EntityType"/>).
    /// </summary>
    public static Gazetteer Create(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // Merging a corpus's contributions counts tens of thousands of entries: one hash pass keyed by the text (an
        // ordinal string key hashes faster than an entry), with a count for each type the text is listed as.
        var tallies = new Dictionary<string, TypeTally>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not null && !string.IsNullOrWhiteSpace(entry.Text))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(tallies, entry.Text, out _).Add(entry);
            }
        }

        var chosen = new GazetteerEntry[tallies.Count];
        var next = 0;
        foreach (var tally in tallies.Values)
        {
            chosen[next++] = tally.Best();
        }

        Array.Sort(chosen, static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return chosen.Length == 0 ? Empty : new Gazetteer(new EquatableArray<GazetteerEntry>(chosen));
    }

    /// <summary>How often a text is listed as each type: almost every text is listed as one type only.</summary>
    private struct TypeTally
    {
        private GazetteerEntry? _first;
        private int _firstCount;
        private List<(GazetteerEntry Entry, int Count)>? _others;

        public void Add(GazetteerEntry entry)
        {
            if (_first is null || _first.Type == entry.Type)
            {
                _first ??= entry;
                _firstCount++;
                return;
            }

            _others ??= [];
            for (var k = 0; k < _others.Count; k++)
            {
                if (_others[k].Entry.Type == entry.Type)
                {
                    _others[k] = (_others[k].Entry, _others[k].Count + 1);
                    return;
                }
            }

            _others.Add((entry, 1));
        }

        /// <summary>The type listed most often, the earlier type on a tie.</summary>
        public readonly GazetteerEntry Best()
        {
            var (best, count) = (_first!, _firstCount);
            if (_others is not null)
            {
                foreach (var (entry, other) in _others)
                {
                    if (other > count || (other == count && entry.Type < best.Type))
                    {
                        (best, count) = (entry, other);
                    }
                }
            }

            return best;
        }
    }

    /// <summary>Merges the contributions of many texts into one gazetteer (see <see cref="Create"/> for conflicts).</summary>
    public static Gazetteer Merge(IEnumerable<GazetteerContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        return Create(contributions.Where(c => c is not null).SelectMany(c => c.Entries));
    }

    /// <summary>This gazetteer with <paramref name="entries"/> added (they win type conflicts only by count).</summary>
    public Gazetteer With(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Create(Entries.Concat(entries));
    }

    /// <summary>Finds the type of <paramref name="text"/>, when listed.</summary>
    public bool TryGetType(ReadOnlySpan<char> text, out EntityType type)
    {
        var index = Entries.IsEmpty ? -1 : Trie.IndexOf(text);
        type = index >= 0 ? Entries[index].Type : default;
        return index >= 0;
    }

    /// <summary>
    /// The sub-gazetteer of the entries that occur in <paramref name="text"/>, as the tagger sees it: with the OCR damage
    /// it repairs taken out (a line break or a stray space between two Chinese characters), so that
    /// <c>tagger.Tag(text, gazetteer)</c> equals <c>tagger.Tag(text, gazetteer.RestrictTo(text))</c>.
    /// </summary>
    /// <remarks>
    /// One pass over the text with a trie of the names. The result is a value: a pipeline can key a text's tagging on
    /// it, so the text is tagged again only when a name that occurs in it enters or leaves the corpus gazetteer.
    /// Returns this gazetteer when every entry occurs, and <see cref="Empty"/> when none does.
    /// </remarks>
    public Gazetteer RestrictTo(ReadOnlySpan<char> text)
    {
        if (Entries.IsEmpty)
        {
            return this;
        }

        var clean = TextView.RemoveDamage(text, out var rented);
        var restricted = RestrictToClean(clean, cleanText: null);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return restricted;
    }

    /// <summary>
    /// The sub-gazetteer of the entries that occur in the text of <paramref name="scan"/>: the same as
    /// <see cref="RestrictTo(ReadOnlySpan{char})"/> of its text, from the clean view the scan already holds.
    /// </summary>
    /// <remarks>
    /// The result keeps where its names occur in the scan's text, so tagging the scan against it costs no new
    /// search of the names (and keeps that text alive as long as the result is).
    /// </remarks>
    public Gazetteer RestrictTo(EntityScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return Entries.IsEmpty ? this : RestrictToClean(scan.View.Clean, scan.View.Clean);
    }

    /// <param name="clean">The clean text to look for the names in.</param>
    /// <param name="cleanText">The same text as a string, for the result to keep its matches in; null when it has none.</param>
    private Gazetteer RestrictToClean(ReadOnlySpan<char> clean, string? cleanText)
    {
        // Every match, as the start and this gazetteer's index: a corpus gazetteer is large and one text holds few
        // of its names, so they are sorted by index to find the entries rather than flagged in an array per entry.
        var matches = new List<(int Index, int Start)>();
        var trie = Trie;

        // Most positions start no name, which the trie's filters tell without setting up a walk.
        for (var i = trie.NextMayStart(clean, 0); i < clean.Length; i = trie.NextMayStart(clean, i + 1))
        {
            foreach (var index in trie.MatchesAt(clean[i..]))
            {
                matches.Add((index, i));
            }
        }

        if (matches.Count == 0)
        {
            return Empty;
        }

        // Sorted by index to take each entry once; each match's name is then the last entry taken.
        var byIndex = CollectionsMarshal.AsSpan(matches);
        byIndex.Sort();
        var restricted = new List<GazetteerEntry>();
        var found = new (int Start, int Length, int Local)[byIndex.Length];
        for (var k = 0; k < byIndex.Length; k++)
        {
            if (k == 0 || byIndex[k].Index != byIndex[k - 1].Index)
            {
                restricted.Add(Entries[byIndex[k].Index]);
            }

            found[k] = (byIndex[k].Start, restricted[^1].Text.Length, restricted.Count - 1);
        }

        if (restricted.Count == Entries.Count)
        {
            return this;
        }

        var entries = restricted.ToEquatableArray();
        if (cleanText is null)
        {
            return new Gazetteer(entries);
        }

        // Back in the order the trie found them: by start, then shortest first (two names at one start differ in length).
        Array.Sort(found);
        var starts = new int[found.Length];
        var local = new int[found.Length];
        for (var k = 0; k < found.Length; k++)
        {
            (starts[k], local[k]) = (found[k].Start, found[k].Local);
        }

        return new Gazetteer(entries, cleanText, starts, local);
    }

    /// <summary>
    /// Whether any of <paramref name="names"/> may occur in <paramref name="text"/> as the tagger reads it (OCR
    /// whitespace inside a name removed). False means none occurs, so adding or removing these names leaves
    /// <see cref="RestrictTo(ReadOnlySpan{char})"/> of the text unchanged; true means one may. A vectorised search,
    /// much cheaper than restricting the text again.
    /// </summary>
    /// <param name="text">The raw text.</param>
    /// <param name="names">The names to look for.</param>
    public static bool MayAnyOccurIn(ReadOnlySpan<char> text, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return NameSearch.MayContainAny(text, names);
    }

    /// <summary>
    /// An empty gazetteer that logs where in <paramref name="text"/> it is asked for the names starting there. As the
    /// scanner's corpus gazetteer it proposes nothing, so the scan equals one with <see cref="Empty"/>, and the log
    /// holds every position where a corpus name could change what the grammars read (see <see cref="EntityScan"/>).
    /// Used by one scan on one thread, and never handed out.
    /// </summary>
    internal static Gazetteer CreateProbe(string text) => new(text);

    /// <summary>The distinct offsets this probe was asked at, ascending; empty for any other gazetteer.</summary>
    internal int[] ProbedOffsets()
    {
        if (_probes is null or [])
        {
            return [];
        }

        _probes.Sort();
        var distinct = 1;
        for (var i = 1; i < _probes.Count; i++)
        {
            if (_probes[i] != _probes[distinct - 1])
            {
                _probes[distinct++] = _probes[i];
            }
        }

        return CollectionsMarshal.AsSpan(_probes)[..distinct].ToArray();
    }

    /// <summary>The indices in <see cref="Entries"/> of the entries that start <paramref name="text"/>, shortest first.</summary>
    /// <remarks>Inlined: a scan asks at every position of its text, and a restricted gazetteer answers most with a bit.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal MatchEnumerator MatchesAt(ReadOnlySpan<char> text)
    {
        // A part of the text this gazetteer was restricted to, from some offset on: its matches there are known.
        if (_startsName is not null && OffsetIn(_matchedText!, text) is var at and >= 0)
        {
            return (_startsName[at >> 6] & (1UL << at)) == 0 ? default : KeptMatchesAt(at, text.Length);
        }

        return WalkAt(text);
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> where a name may start <paramref name="text"/>[position..],
    /// or the text's length: <see cref="MatchesAt"/> finds nothing at the positions skipped. A scan over every position
    /// asks this instead, so that a gazetteer restricted to the text skips to its kept starts 64 positions a step, and
    /// another walks its trie only where the trie's filters pass, with no enumerator set up for the positions between.
    /// </summary>
    internal int NextMayStart(ReadOnlySpan<char> text, int from)
    {
        if (_startsName is not null && OffsetIn(_matchedText!, text) is var at and >= 0)
        {
            // The kept starts from at + from on, within the text: a word of bits at a time.
            var end = at + text.Length;
            for (var position = at + from; position < end; position = (position | 63) + 1)
            {
                var bits = _startsName[position >> 6] >> position;
                if (bits != 0)
                {
                    var next = position + BitOperations.TrailingZeroCount(bits);
                    return Math.Min(next, end) - at;
                }
            }

            return text.Length;
        }

        return Trie.NextMayStart(text, from);
    }

    /// <summary>
    /// Every match of the names in <paramref name="clean"/>, as candidates as sure as the corpus, when this gazetteer
    /// was restricted to that very text (by <see cref="RestrictTo(EntityScan)"/>); otherwise null.
    /// </summary>
    internal Candidate[]? MatchesIn(string clean)
    {
        if (!ReferenceEquals(clean, _matchedText))
        {
            return null;
        }

        var matches = new Candidate[_matchStarts!.Length];
        for (var k = 0; k < matches.Length; k++)
        {
            var entry = Entries[_matchEntries![k]];
            matches[k] = new Candidate(_matchStarts[k], _matchStarts[k] + entry.Text.Length, entry.Type, Confidence.Corpus);
        }

        return matches;
    }

    // Where text starts in whole, when it is a part of it from there on (or cut short), else -1. Overlaps in effect,
    // inlined, since a scan asks at every position.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int OffsetIn(string whole, ReadOnlySpan<char> text)
    {
        var bytes = Unsafe.ByteOffset(ref MemoryMarshal.GetReference(whole.AsSpan()), ref MemoryMarshal.GetReference(text));
        return (nuint)bytes < (nuint)((nint)whole.Length * sizeof(char)) && (int)(bytes / sizeof(char)) + text.Length <= whole.Length
            ? (int)(bytes / sizeof(char))
            : -1;
    }

    private MatchEnumerator KeptMatchesAt(int at, int length)
    {
        var first = LowerBound(_matchStarts!, at);
        var end = first + 1;
        while (end < _matchStarts!.Length && _matchStarts[end] == at)
        {
            end++;
        }

        return new MatchEnumerator(this, length, first, end);
    }

    private MatchEnumerator WalkAt(ReadOnlySpan<char> text)
    {
        if (_probes is not null && _probedText.AsSpan().Overlaps(text, out var offset))
        {
            _probes.Add(offset);
        }

        return new MatchEnumerator(Trie.MatchesAt(text));
    }

    private NameTrie BuildTrie()
    {
        var trie = new NameTrie(Entries.AsImmutableArray().Select(e => e.Text).ToArray());
        return Interlocked.CompareExchange(ref _trie, trie, null) ?? trie;
    }

    // The first index whose value is at least value, in an ascending array.
    private static int LowerBound(int[] values, int value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = values[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// The indices of the entries that start a text, shortest first: from the matches a restricted gazetteer keeps,
    /// those no longer than the text, or from a walk of the trie. The default enumerator finds none.
    /// </summary>
    internal ref struct MatchEnumerator
    {
        private readonly Gazetteer? _kept;
        private readonly int _maxLength;
        private readonly int _end;
        private readonly bool _walking;
        private int _next;
        private NameTrie.MatchEnumerator _walk;

        internal MatchEnumerator(NameTrie.MatchEnumerator walk)
        {
            _walk = walk;
            _walking = true;
        }

        internal MatchEnumerator(Gazetteer kept, int maxLength, int first, int end)
        {
            (_kept, _maxLength, _next, _end) = (kept, maxLength, first, end);
        }

        public int Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_walking)
            {
                var found = _walk.MoveNext();
                Current = _walk.Current;
                return found;
            }

            // Shortest first: once one is longer than the text, the rest are too.
            if (_next < _end && _kept!.Entries[_kept._matchEntries![_next]].Text.Length <= _maxLength)
            {
                Current = _kept._matchEntries[_next++];
                return true;
            }

            return false;
        }
    }

    /// <summary>Whether a person in this gazetteer starts <paramref name="text"/>.</summary>
    internal bool HasPersonAt(ReadOnlySpan<char> text)
    {
        foreach (var index in MatchesAt(text))
        {
            if (Entries[index].Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entries as an overlay for the tokenizer, so that it keeps each name whole: persons tagged <c>nr</c>, places
    /// <c>ns</c>, organisations <c>nt</c>, anything else <c>nz</c>. Names with whitespace cannot be words and are left out.
    /// </summary>
    public UserDictionary ToUserDictionary()
    {
        var dictionary = UserDictionary.Empty;
        foreach (var entry in Entries)
        {
            if (!entry.Text.Any(char.IsWhiteSpace))
            {
                dictionary = dictionary.Add(entry.Text, tag: entry.Type switch
                {
                    EntityType.Person => "nr",
                    EntityType.Location => "ns",
                    EntityType.Organization => "nt",
                    _ => "nz",
                });
            }
        }

        return dictionary;
    }

    /// <inheritdoc />
    public bool Equals(Gazetteer? other) => other is not null && (ReferenceEquals(this, other) || Entries.Equals(other.Entries));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Gazetteer);

    /// <inheritdoc />
    public override int GetHashCode() => Entries.GetHashCode();

    /// <summary>Renders the number of entries, for debugging.</summary>
    public override string ToString() => $"Gazetteer[{Entries.Count}]";
}
