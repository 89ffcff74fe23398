namespace Weidu.Tokenization;

/// <summary>
/// The working buffers of one segmentation: the lattice, the best path, the HMM tables and the
/// tokens of the current block. One per thread is cached, so steady-state tokenizing allocates nothing.
/// </summary>
internal sealed class SegmenterScratch
{
    [ThreadStatic]
    private static SegmenterScratch? t_cached;

    public int[] First = new int[256];
    public double[] Best = new double[256];
    public int[] Choice = new int[256];
    public Edge[] Edges = new Edge[1024];
    public int EdgeCount;
    public double[] Viterbi = new double[256];
    public byte[] Back = new byte[256];
    public byte[] States = new byte[64];
    public Token[] Tokens = new Token[256];
    public int TokenCount;
    public Token[] RunTokens = new Token[256];

    /// <summary>Takes this thread's cached scratch, or makes one when it is in use.</summary>
    public static SegmenterScratch Rent()
    {
        var scratch = t_cached ?? new SegmenterScratch();
        t_cached = null;
        scratch.TokenCount = 0;
        return scratch;
    }

    public static void Return(SegmenterScratch scratch) => t_cached = scratch;

    public void EnsureRun(int length)
    {
        if (First.Length <= length)
        {
            var size = Math.Max(length + 1, First.Length * 2);
            First = new int[size];
            Best = new double[size];
            Choice = new int[size];
        }
    }

    public void EnsureHmm(int length)
    {
        if (States.Length < length)
        {
            var size = Math.Max(length, States.Length * 2);
            States = new byte[size];
            Viterbi = new double[size * 4];
            Back = new byte[size * 4];
        }
    }

    public void AddEdge(int end, float score, string tag, TokenKind kind, EdgeSource source)
    {
        if (EdgeCount == Edges.Length)
        {
            Array.Resize(ref Edges, EdgeCount * 2);
        }

        Edges[EdgeCount++] = new Edge(end, score, tag, kind, source);
    }

    public void Add(Token token)
    {
        if (TokenCount == Tokens.Length)
        {
            Array.Resize(ref Tokens, TokenCount * 2);
        }

        Tokens[TokenCount++] = token;
    }

    public void CopyRunTokens(int start, int count)
    {
        if (RunTokens.Length < count)
        {
            RunTokens = new Token[Math.Max(count, RunTokens.Length * 2)];
        }

        Array.Copy(Tokens, start, RunTokens, 0, count);
    }
}

/// <summary>A candidate token in the lattice: where it ends, its score, tag and kind, and what proposed it.</summary>
internal readonly record struct Edge(int End, float Score, string Tag, TokenKind Kind, EdgeSource Source);
