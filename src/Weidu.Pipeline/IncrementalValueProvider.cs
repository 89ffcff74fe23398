using Weidu.Pipeline.Engine;

namespace Weidu.Pipeline;

/// <summary>
/// A source of one value (a collected list, a gazetteer, a lexicon) in a stage's graph. Each operator returns
/// a new provider; the driver reuses every output whose input did not change.
/// </summary>
/// <typeparam name="T">The value type; give it value equality.</typeparam>
public readonly struct IncrementalValueProvider<T>
{
    internal IncrementalValueProvider(IIncrementalNode<T> node) => Node = node;

    internal IIncrementalNode<T> Node { get; }

    /// <summary>Transforms the value; the function runs again only when the value changed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public IncrementalValueProvider<TResult> Select<TResult>(Func<T, CancellationToken, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new(new SelectNode<T, TResult>(Node, selector));
    }

    /// <summary>Turns the value into many items, matched to last run's items by their own value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public IncrementalValuesProvider<TResult> SelectMany<TResult>(Func<T, CancellationToken, IEnumerable<TResult>> selector) =>
        new IncrementalValuesProvider<T>(Node).SelectMany(selector);

    /// <summary>Turns the value into many items, matched to last run's items by <paramref name="identity"/>, as <see cref="IncrementalValuesProvider{T}.SelectMany{TResult, TIdentity}(Func{T, CancellationToken, IEnumerable{TResult}}, Func{TResult, TIdentity})"/> does.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IncrementalValuesProvider<TResult> SelectMany<TResult, TIdentity>(Func<T, CancellationToken, IEnumerable<TResult>> selector, Func<TResult, TIdentity> identity) =>
        new IncrementalValuesProvider<T>(Node).SelectMany(selector, identity);

    /// <summary>Pairs the value with another single value.</summary>
    public IncrementalValueProvider<(T Left, TRight Right)> Combine<TRight>(IncrementalValueProvider<TRight> other) =>
        new(new CombineNode<T, TRight>(Node, other.Node, joinByKey: false));

    /// <summary>Compares this provider's output with <paramref name="comparer"/> instead of its own equality.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparer"/> is null.</exception>
    public IncrementalValueProvider<T> WithComparer(IEqualityComparer<T> comparer)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        return new(Node.With(comparer, null));
    }

    /// <summary>Names this provider's node so that its steps appear in <see cref="CorpusRunResult.TrackedSteps"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public IncrementalValueProvider<T> WithTrackingName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(Node.With(null, name));
    }
}
