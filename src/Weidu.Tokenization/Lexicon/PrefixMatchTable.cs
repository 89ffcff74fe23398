namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// The lexicon words found at every position of a run (see <see cref="CompiledLexicon.MatchAllPrefixes"/>),
/// position by position, shortest first, and the working arrays of the walk that finds them. One per
/// scratch, reused for every run.
/// </summary>
internal sealed class PrefixMatchTable
{
    /// <summary>The most words kept at one position.</summary>
    public const int MaxMatchesPerPosition = 64;

    /// <summary>Where each position's matches start in <see cref="Matches"/>; position i's end at <c>First[i + 1]</c>.</summary>
    public int[] First = new int[256];

    /// <summary>The matches of the run, grouped by position.</summary>
    public PrefixMatch[] Matches = new PrefixMatch[512];

    /// <summary>The matches in the order the walk finds them (by length, then position), with their positions.</summary>
    public (int Start, PrefixMatch Match)[] Found = new (int, PrefixMatch)[512];

    /// <summary>The trie code of each character of the run.</summary>
    public ushort[] Codes = new ushort[256];

    /// <summary>The walks still going.</summary>
    public PrefixWalk[] Walks = new PrefixWalk[256];

    /// <summary>The words that start at <paramref name="position"/>, shortest first.</summary>
    public ReadOnlySpan<PrefixMatch> At(int position) => Matches.AsSpan(First[position], First[position + 1] - First[position]);

    /// <summary>Makes room for a run of this length.</summary>
    public void EnsureRun(int length)
    {
        if (First.Length <= length)
        {
            var size = Math.Max(length + 1, First.Length * 2);
            First = new int[size];
            Codes = new ushort[size];
            Walks = new PrefixWalk[size];
        }
    }

    /// <summary>Makes room for this many matches, keeping those found, and returns the buffer they go in.</summary>
    public Span<(int Start, PrefixMatch Match)> EnsureFound(int count)
    {
        if (count > Found.Length)
        {
            var size = Math.Max(count, Found.Length * 2);
            Array.Resize(ref Found, size);
            Matches = new PrefixMatch[size];
        }

        return Found;
    }
}

/// <summary>A walk down the trie from <paramref name="Start"/>: the node it has reached and that node's child offset.</summary>
internal readonly record struct PrefixWalk(int Start, int Node, int Offset);
