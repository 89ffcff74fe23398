using System.Collections.Immutable;
using Weidu.Core;
using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline;

/// <summary>
/// A source of many values (one per document, paragraph, entry…) in a stage's graph. Each operator returns a
/// new provider; the driver runs the graph and reuses, item by item, every output whose input did not change.
/// </summary>
/// <typeparam name="T">The item type. Give it value equality (records, <see cref="EquatableArray{T}"/>): it is how the driver tells a changed item from an unchanged one.</typeparam>
public readonly struct IncrementalValuesProvider<T>
{
    internal IncrementalValuesProvider(IIncrementalNode<T> node) => Node = node;

    internal IIncrementalNode<T> Node { get; }

    /// <summary>Transforms each item; the function runs again only for items whose input changed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public IncrementalValuesProvider<TResult> Select<TResult>(Func<T, CancellationToken, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new(new SelectNode<T, TResult>(Node, selector));
    }

    /// <summary>
    /// Turns each item into any number of child items. A child is matched to last run's children of the same
    /// parent by its own value (see <see cref="SelectMany{TResult, TIdentity}(Func{T, CancellationToken, IEnumerable{TResult}}, Func{TResult, TIdentity})"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public IncrementalValuesProvider<TResult> SelectMany<TResult>(Func<T, CancellationToken, IEnumerable<TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new(new FlattenNode<TResult>(Children(selector), identity: null, identityComparer: null));
    }

    /// <summary>
    /// Turns each item into any number of child items, matched to last run's children of the same parent by
    /// identity rather than by position: first by equal <paramref name="identity"/> (equal identities pair up in
    /// order), then each unmatched child is paired with the unmatched old child between the same matched
    /// neighbours. A matched child is <see cref="IncrementalStepRunReason.Unchanged"/> or
    /// <see cref="IncrementalStepRunReason.Modified"/>; an unmatched one is <see cref="IncrementalStepRunReason.New"/>.
    /// So inserting a child leaves the children after it alone, and editing one marks only it.
    /// </summary>
    /// <param name="selector">Makes the children of an item.</param>
    /// <param name="identity">What identifies a child across edits, e.g. its text without its offset.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IncrementalValuesProvider<TResult> SelectMany<TResult, TIdentity>(Func<T, CancellationToken, IEnumerable<TResult>> selector, Func<TResult, TIdentity> identity)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(identity);
        return new(new FlattenNode<TResult>(Children(selector), child => identity(child), IdentityComparer<TIdentity>.Instance));
    }

    /// <summary>Keeps the items <paramref name="predicate"/> accepts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public IncrementalValuesProvider<T> Where(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new(new WhereNode<T>(Node, predicate));
    }

    /// <summary>All items as one value, in order; it changes when any item changes.</summary>
    public IncrementalValueProvider<EquatableArray<T>> Collect() => new(new CollectNode<T>(Node));

    /// <summary>
    /// Pairs each item with a single value. When the value changes, every pair is recomputed; when an item
    /// changes, only its pair is. This is how context an item depends on becomes an explicit input.
    /// </summary>
    public IncrementalValuesProvider<(T Left, TRight Right)> Combine<TRight>(IncrementalValueProvider<TRight> other) =>
        new(new CombineNode<T, TRight>(Node, other.Node, joinByKey: false));

    /// <summary>Compares this provider's outputs with <paramref name="comparer"/> instead of their own equality.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparer"/> is null.</exception>
    public IncrementalValuesProvider<T> WithComparer(IEqualityComparer<T> comparer)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        return new(Node.With(comparer, null));
    }

    /// <summary>Names this provider's node so that its steps appear in <see cref="CorpusRunResult.TrackedSteps"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public IncrementalValuesProvider<T> WithTrackingName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(Node.With(null, name));
    }

    /// <summary>Pairs each item with the item under the same key in <paramref name="other"/>, a provider derived from the same items.</summary>
    internal IncrementalValuesProvider<(T Left, TRight Right)> Join<TRight>(IncrementalValuesProvider<TRight> other) =>
        new(new CombineNode<T, TRight>(Node, other.Node, joinByKey: true));

    private SelectNode<T, ImmutableArray<TResult>> Children<TResult>(Func<T, CancellationToken, IEnumerable<TResult>> selector) =>
        new(Node, (value, token) => [.. selector(value, token)], NodeExtensions.SequenceComparer<TResult>());
}
