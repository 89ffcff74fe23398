using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// One text as an <see cref="EntityTagger"/> has read it before any corpus gazetteer applies: its clean view, the
/// candidates every grammar proposed, and where a corpus name could change what the grammars read. The collecting
/// pass and the tagging pass of the same text share it (<see cref="EntityTagger.Scan(string)"/>, then
/// <see cref="EntityTagger.Collect(EntityScan)"/> and <see cref="EntityTagger.Tag(EntityScan, Gazetteer)"/>), so the
/// text is read once. Immutable and thread-safe; two scans are equal when the same tagger made them of equal texts.
/// </summary>
public sealed class EntityScan : IEquatable<EntityScan>
{
    private readonly EntityTagger _tagger;
    private readonly IReadOnlyList<Candidate> _candidates;

    // The resolver's choice with no corpus gazetteer, made on first use by whichever thread asks first (racing threads
    // make equal ones and one is kept): a Lazy and its closure for every scanned text cost more than the race.
    private Choice? _choice;

    internal EntityScan(EntityTagger tagger, string text, TextView view, IReadOnlyList<Candidate> candidates, int corpusCandidatesAt, IReadOnlyList<string[]> titleGroups, int[] corpusProbes)
    {
        _tagger = tagger;
        Text = text;
        View = view;
        _candidates = candidates;
        CorpusCandidatesAt = corpusCandidatesAt;
        TitleGroups = titleGroups;
        CorpusProbes = corpusProbes;
    }

    /// <summary>The text scanned.</summary>
    public string Text { get; }

    internal TextView View { get; }

    /// <summary>The candidates, in the order the grammars proposed them with no corpus gazetteer.</summary>
    internal IReadOnlyList<Candidate> Candidates => _candidates;

    /// <summary>Where in <see cref="Candidates"/> a corpus gazetteer's own candidates go.</summary>
    internal int CorpusCandidatesAt { get; }

    internal IReadOnlyList<string[]> TitleGroups { get; }

    /// <summary>The clean offsets, ascending, where the grammars asked the corpus gazetteer for a person.</summary>
    internal int[] CorpusProbes { get; }

    /// <summary>The candidates chosen with no corpus gazetteer; shared, so read only.</summary>
    internal List<Candidate> Chosen => ResolverChoice.Chosen;

    /// <summary>The indices of <see cref="Candidates"/> in the order the resolver weighed them, for <see cref="Resolver.ChooseWith"/>.</summary>
    internal int[] ResolverOrder => ResolverChoice.Order;

    private Choice ResolverChoice => Volatile.Read(ref _choice) ?? Choose();

    internal bool IsFrom(EntityTagger tagger) => ReferenceEquals(_tagger, tagger);

    /// <inheritdoc />
    public bool Equals(EntityScan? other) =>
        other is not null && (ReferenceEquals(this, other) || (ReferenceEquals(_tagger, other._tagger) && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EntityScan);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_tagger), string.GetHashCode(Text, StringComparison.Ordinal));

    /// <summary>Renders the text's length and the number of candidates, for debugging.</summary>
    public override string ToString() => $"EntityScan[{Text.Length} chars, {_candidates.Count} candidates]";

    private Choice Choose()
    {
        var choice = new Choice(Resolver.Choose(_candidates, View.Clean.Length, out var order), order);
        return Interlocked.CompareExchange(ref _choice, choice, null) ?? choice;
    }

    private sealed record Choice(List<Candidate> Chosen, int[] Order);
}
