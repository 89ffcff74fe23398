using Weidu.Tokenization.Lexicon;

namespace Weidu.Tokenization;

/// <summary>
/// The working buffers of one segmentation: the lattice, the best path, the HMM tables and the
/// tokens of the current block. One per thread is cached, so steady-state tokenizing allocates
/// nothing. Edges and tokens hold no references (a tag is an id), so filling them needs no GC
/// write barrier.
/// </summary>
internal sealed class SegmenterScratch
{
    [ThreadStatic]
    private static SegmenterScratch? t_cached;

    public int[] First = new int[256];
    public double[] Best = new double[256];

    /// <summary>
    /// The best path's winner at each position: the index of a lexicon word in the position's slot
    /// of the prefix table, or the complement (<c>~e</c>) of an edge's index (see <see cref="PathView"/>).
    /// </summary>
    public int[] Path = new int[256];

    public Edge[] Edges = new Edge[1024];
    public int EdgeCount;
    public byte[] Back = new byte[256];
    public byte[] States = new byte[64];
    public RawToken[] Tokens = new RawToken[256];
    public int TokenCount;
    public RawToken[] RunTokens = new RawToken[256];

    /// <summary>The lexicon words at every position of the current run.</summary>
    public PrefixMatchTable Prefixes = new();

    /// <summary>The grapheme cluster boundaries of the current run, for runs where a cluster may span code points.</summary>
    public int[] ClusterEnds = [];

    /// <summary>The tags of user words in the current block; their ids follow the lexicon's tags.</summary>
    public string[] UserTags = new string[4];
    public int UserTagCount;
    private readonly Dictionary<string, int> _userTagIds = new(StringComparer.Ordinal);

    /// <summary>Takes this thread's cached scratch, or makes one when it is in use.</summary>
    public static SegmenterScratch Rent()
    {
        var scratch = t_cached ?? new SegmenterScratch();
        t_cached = null;
        scratch.TokenCount = 0;
        return scratch;
    }

    public static void Return(SegmenterScratch scratch)
    {
        Array.Clear(scratch.UserTags, 0, scratch.UserTagCount);
        scratch.UserTagCount = 0;
        scratch._userTagIds.Clear();
        t_cached = scratch;
    }

    public void EnsureRun(int length)
    {
        if (First.Length <= length)
        {
            var size = Math.Max(length + 1, First.Length * 2);
            First = new int[size];
            Best = new double[size];
            Path = new int[size];
        }
    }

    /// <summary>Room for the cluster boundaries of a run of this length (and its end).</summary>
    public Span<int> EnsureClusterEnds(int length)
    {
        if (ClusterEnds.Length <= length)
        {
            ClusterEnds = new int[Math.Max(length + 1, ClusterEnds.Length * 2)];
        }

        return ClusterEnds.AsSpan(0, length + 1);
    }

    public void EnsureHmm(int length)
    {
        if (States.Length < length)
        {
            var size = Math.Max(length, States.Length * 2);
            States = new byte[size];
            Back = new byte[size * 4];
        }
    }

    public void AddEdge(int end, float score, int tag, TokenKind kind, EdgeSource source)
    {
        if (EdgeCount == Edges.Length)
        {
            Array.Resize(ref Edges, EdgeCount * 2);
        }

        Edges[EdgeCount++] = new Edge(end, score, tag, kind, source);
    }

    /// <summary>The id of a user word's tag, valid until the scratch is returned.</summary>
    public int AddUserTag(string tag, int firstUserTagId)
    {
        if (_userTagIds.TryGetValue(tag, out var index))
        {
            return firstUserTagId + index;
        }

        _userTagIds.Add(tag, UserTagCount);
        if (UserTagCount == UserTags.Length)
        {
            Array.Resize(ref UserTags, UserTagCount * 2);
        }

        UserTags[UserTagCount] = tag;
        return firstUserTagId + UserTagCount++;
    }

    public void Add(int start, int end, int tag, TokenKind kind)
    {
        if (TokenCount == Tokens.Length)
        {
            Array.Resize(ref Tokens, TokenCount * 2);
        }

        Tokens[TokenCount++] = new RawToken(start, end, tag, kind);
    }

    /// <summary>Room for <paramref name="count"/> more tokens: the token buffer, to write past <see cref="TokenCount"/>.</summary>
    public RawToken[] EnsureTokens(int count)
    {
        if (Tokens.Length - TokenCount < count)
        {
            Array.Resize(ref Tokens, Math.Max(TokenCount + count, Tokens.Length * 2));
        }

        return Tokens;
    }

    public void CopyRunTokens(int start, int count)
    {
        if (RunTokens.Length < count)
        {
            RunTokens = new RawToken[Math.Max(count, RunTokens.Length * 2)];
        }

        Array.Copy(Tokens, start, RunTokens, 0, count);
    }
}

/// <summary>A candidate token in the lattice: where it ends, its score, tag id and kind, and what proposed it.</summary>
internal readonly record struct Edge(int End, float Score, int Tag, TokenKind Kind, EdgeSource Source);

/// <summary>A token of the current block: absolute bounds, tag id (see <see cref="Segmenter.TagOf"/>) and kind.</summary>
internal readonly record struct RawToken(int Start, int End, int Tag, TokenKind Kind);
