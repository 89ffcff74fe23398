using System.Globalization;
using Weidu.Core;

namespace Weidu.Tokenization;

/// <summary>
/// An immutable set of words laid over the lexicon: added words (a term list, the names an entity
/// tagger found) and removed ones. Every change returns a new dictionary, so one shared by many
/// threads is never mutated and lookups take no lock. A word added without a frequency is always
/// produced whole unless a longer word overlaps it; one with a frequency competes as a lexicon word.
/// </summary>
public sealed class UserDictionary
{
    private readonly Dictionary<string, UserWord> _words;
    private readonly Dictionary<string, UserWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _firstChars;

    private UserDictionary(Dictionary<string, UserWord> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstChars = new ulong[1024];
        foreach (var word in words.Keys)
        {
            _firstChars[word[0] >> 6] |= 1UL << (word[0] & 63);
            MaxLength = Math.Max(MaxLength, word.Length);
        }
    }

    /// <summary>The empty dictionary.</summary>
    public static UserDictionary Empty { get; } = new(new Dictionary<string, UserWord>(StringComparer.Ordinal));

    /// <summary>The number of words added or removed.</summary>
    public int Count => _words.Count;

    /// <summary>The length of the longest word.</summary>
    internal int MaxLength { get; }

    /// <summary>The words, with their entries (frequency 0 for a removed word), in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, LexiconEntry>> Words =>
        _words.Select(p => KeyValuePair.Create(p.Key, p.Value.Entry));

    /// <summary>Returns a dictionary that also holds <paramref name="word"/>.</summary>
    /// <param name="word">The word; leading and trailing whitespace is not allowed.</param>
    /// <param name="frequency">
    /// Its frequency, on the scale of jieba's dictionary; <see langword="null"/> to make sure the word
    /// is produced whole wherever no longer word overlaps it.
    /// </param>
    /// <param name="tag">Its part-of-speech tag (<c>n</c> when not given).</param>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty or has whitespace, or <paramref name="frequency"/> is not positive.</exception>
    public UserDictionary Add(string word, int? frequency = null, string? tag = null)
    {
        Validate(word);
        if (frequency is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), "A frequency must be positive; use Remove to take a word away.");
        }

        return With(word, new UserWord(new LexiconEntry(frequency ?? 1, tag ?? "n"), Forced: frequency is null));
    }

    /// <summary>Returns a dictionary in which <paramref name="word"/> is not a word, even when the lexicon lists it.</summary>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty or has whitespace.</exception>
    public UserDictionary Remove(string word)
    {
        Validate(word);
        return With(word, new UserWord(new LexiconEntry(0, "x"), Forced: false));
    }

    /// <summary>Returns a dictionary with the words of both; where both hold a word, <paramref name="other"/>'s entry wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public UserDictionary Merge(UserDictionary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var words = new Dictionary<string, UserWord>(_words, StringComparer.Ordinal);
        foreach (var (word, entry) in other._words)
        {
            words[word] = entry;
        }

        return new UserDictionary(words);
    }

    /// <summary>Looks up a word: its entry (frequency 0 when the dictionary removes it).</summary>
    public bool TryGetWord(ReadOnlySpan<char> word, out LexiconEntry entry)
    {
        if (TryGet(word, out var userWord))
        {
            entry = userWord.Entry;
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>
    /// Reads a dictionary in jieba's format: one <c>word [frequency] [tag]</c> per line, separated by
    /// spaces or tabs; blank lines and lines starting with <c>#</c> are skipped. A line that does not
    /// parse is reported (WD1001) and skipped.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static UserDictionary Parse(TextReader reader, string? path = null, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new Dictionary<string, UserWord>(StringComparer.Ordinal);

        // Spans are offsets into the raw text, whatever its line breaks (LF, CRLF or CR), so the
        // lines come from SourceText rather than TextReader.ReadLine, which hides the break's width.
        var text = SourceText.From(reader.ReadToEnd());
        foreach (var textLine in text.Lines)
        {
            var lineNumber = textLine.LineNumber + 1;
            var lineStart = textLine.Start;
            var line = textLine.ToString();
            var content = line.AsSpan().Trim();
            if (content.IsEmpty || content[0] == '#' || (lineNumber == 1 && content[0] == '\uFEFF' && content.Length == 1))
            {
                continue;
            }

            var parts = line.TrimStart('\uFEFF').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            int? frequency = null;
            string? tag = null;
            var valid = parts.Length is >= 1 and <= 3;
            if (valid && parts.Length >= 2)
            {
                if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f > 0)
                {
                    frequency = f;
                    tag = parts.Length == 3 ? parts[2] : null;
                }
                else if (parts.Length == 2 && IsTag(parts[1]))
                {
                    tag = parts[1];
                }
                else
                {
                    valid = false;
                }
            }

            if (!valid)
            {
                diagnostics?.Add(Diagnostic.Create(TokenizationDiagnostics.InvalidUserDictionaryLine, new TextSpan(lineStart, line.Length), path, lineNumber, line));
                continue;
            }

            words[parts[0]] = new UserWord(new LexiconEntry(frequency ?? 1, tag ?? "n"), Forced: frequency is null);
        }

        return words.Count == 0 ? Empty : new UserDictionary(words);
    }

    /// <summary>
    /// Reads a jieba-format dictionary file (see <see cref="Parse"/>). A file that cannot be read is
    /// reported (WD1002) and gives the empty dictionary.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static UserDictionary Load(string path, DiagnosticBag? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Parse(reader, path, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics?.Add(Diagnostic.Create(TokenizationDiagnostics.UserDictionaryUnreadable, default, path, path, e.Message));
            return Empty;
        }
    }

    internal bool MayStartWith(char c) => (_firstChars[c >> 6] & (1UL << (c & 63))) != 0;

    // An empty dictionary (the usual case) answers without hashing the word.
    internal bool TryGet(ReadOnlySpan<char> word, out UserWord entry)
    {
        if (_words.Count == 0)
        {
            entry = default;
            return false;
        }

        return _lookup.TryGetValue(word, out entry);
    }

    private UserDictionary With(string word, UserWord entry)
    {
        var words = new Dictionary<string, UserWord>(_words, StringComparer.Ordinal)
        {
            [word] = entry,
        };
        return new UserDictionary(words);
    }

    private static bool IsTag(string text) => text.Length <= 5 && text.All(char.IsAsciiLetterLower);

    private static void Validate(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (word.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("A word cannot contain whitespace.", nameof(word));
        }
    }
}

/// <summary>A user-dictionary word's entry, and whether it must be produced whole.</summary>
internal readonly record struct UserWord(LexiconEntry Entry, bool Forced);
