namespace Weidu.Entities;

/// <summary>
/// The working arrays of one choice of the <see cref="Resolver"/>: the sort keys, the sorted candidates and the chosen
/// index's arrays. One per thread is cached: renting nine arrays from the shared pool for every text
/// cost a thread-local look-up each, and the cached ones stay in the processor's cache from one text to the next.
/// </summary>
internal sealed class ResolverScratch
{
    // A thread keeps the arrays of texts up to this many characters and candidates; a longer text's go to the GC.
    private const int MaxKeptLength = 1 << 16;

    [ThreadStatic]
    private static ResolverScratch? t_cached;

    public UInt128[] Keys { get; private set; } = [];

    public Candidate[] Ordered { get; private set; } = [];

    public int[] MinStartEndingAt { get; private set; } = [];

    public int[] MaxEndStartingAt { get; private set; } = [];

    public int[] MinSurePersonEndStartingAt { get; private set; } = [];

    public int[] MinListedPersonEndStartingAt { get; private set; } = [];

    public int[] LastChosenStartingAt { get; private set; } = [];

    public int[] ChosenEnd { get; private set; } = [];

    public int[] PreviousChosenAtStart { get; private set; } = [];

    /// <summary>Takes this thread's cached scratch (or a new one) with room for the candidates and positions.</summary>
    public static ResolverScratch Rent(int candidates, int positions)
    {
        var scratch = t_cached ?? new ResolverScratch();
        t_cached = null;
        if (scratch.Keys.Length < candidates)
        {
            scratch.Keys = new UInt128[candidates];
            scratch.Ordered = new Candidate[candidates];
            scratch.ChosenEnd = new int[candidates];
            scratch.PreviousChosenAtStart = new int[candidates];
        }

        if (scratch.MinStartEndingAt.Length < positions)
        {
            scratch.MinStartEndingAt = new int[positions];
            scratch.MaxEndStartingAt = new int[positions];
            scratch.MinSurePersonEndStartingAt = new int[positions];
            scratch.MinListedPersonEndStartingAt = new int[positions];
            scratch.LastChosenStartingAt = new int[positions];
        }

        return scratch;
    }

    /// <summary>Gives the scratch back for the thread's next choice, unless a long text made it large.</summary>
    public static void Return(ResolverScratch scratch)
    {
        if (scratch.Keys.Length <= MaxKeptLength && scratch.MinStartEndingAt.Length <= MaxKeptLength)
        {
            t_cached = scratch;
        }
    }
}
