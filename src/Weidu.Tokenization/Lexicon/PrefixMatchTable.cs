namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The lexicon words found at every position of a run (see <see cref="CompiledLexicon.MatchAllPrefixes"/>),
/// position by position, shortest first, and the working arrays of the walk that finds them. One per
/// scratch, reused for every run.
/// </summary>
/// <remarks>
/// Each position has a fixed slot of <see cref="MaxMatchesPerPosition"/> matches, room for one word of
/// every length the lexicon has, so the walk writes each word where the lattice reads it: no
/// counting pass and no second copy to group the words by position.
/// </remarks>
internal sealed class PrefixMatchTable
{
    /// <summary>The most words kept at one position: the most the lexicon has along one path.</summary>
    public const int MaxMatchesPerPosition = LexiconFormat.MaxWordsOnOnePath;

    /// <summary>How many words start at each position of the run.</summary>
    public int[] Counts = new int[256];

    /// <summary>The matches of the run, position i's from <c>i * MaxMatchesPerPosition</c> on.</summary>
    public PrefixMatch[] Matches = new PrefixMatch[256 * MaxMatchesPerPosition];

    /// <summary>The trie code of each character of the run, and room for one more.</summary>
    public ushort[] Codes = new ushort[256];

    /// <summary>The walks still going.</summary>
    public PrefixWalk[] Walks = new PrefixWalk[256];

    /// <summary>The positions whose character has one of the traits the walk was asked to mark, in order.</summary>
    public int[] Marked = new int[256];

    /// <summary>How many positions <see cref="Marked"/> lists.</summary>
    public int MarkedCount;

    /// <summary>The traits of the run's characters OR-ed together: which passes the run needs at all.</summary>
    public CharacterTraits RunTraits;

    /// <summary>The words that start at <paramref name="position"/>, shortest first.</summary>
    public ReadOnlySpan<PrefixMatch> At(int position) => Matches.AsSpan(position * MaxMatchesPerPosition, Counts[position]);

    /// <summary>
    /// Whether the run's characters from <paramref name="start"/> to <paramref name="end"/> are a
    /// lexicon word: the walk has found every word of the run, so this is a look along one slot
    /// instead of another walk down the trie.
    /// </summary>
    public bool ContainsWord(int start, int end)
    {
        foreach (var match in At(start))
        {
            if (start + match.Length >= end)
            {
                return start + match.Length == end;
            }
        }

        return false;
    }

    /// <summary>Lists every position of a run of this length in <see cref="Marked"/>.</summary>
    public void MarkAll(int length)
    {
        for (var i = 0; i < length; i++)
        {
            Marked[i] = i;
        }

        MarkedCount = length;
    }

    /// <summary>Makes room for a run of this length.</summary>
    public void EnsureRun(int length)
    {
        if (Codes.Length <= length)
        {
            var size = Math.Max(length + 1, Codes.Length * 2);
            Counts = new int[size];
            Matches = new PrefixMatch[size * MaxMatchesPerPosition];
            Codes = new ushort[size];
            Walks = new PrefixWalk[size];
            Marked = new int[size];
        }
    }
}

/// <summary>
/// A walk down the trie from <paramref name="Start"/>: the node it has reached and the unit its next
/// step reads (that node's child offset plus the next character's code).
/// </summary>
internal readonly record struct PrefixWalk(int Start, int Node, int Next);
