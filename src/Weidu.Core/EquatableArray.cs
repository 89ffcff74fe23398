using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Weidu.Core;

/// <summary>
/// An immutable array with value equality and a value hash. Every model that an incremental
/// pipeline caches holds its collections in one of these, because arrays and lists compare by reference.
/// </summary>
/// <typeparam name="T">The element type; its own <see cref="IEquatable{T}"/> decides element equality.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/>; the caller gives up the right to mutate it.</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>Wraps the items of an immutable array without copying.</summary>
    public EquatableArray(ImmutableArray<T> items) => _items = ImmutableCollectionsMarshal.AsArray(items);

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array holds no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The items as an immutable array, without copying.</summary>
    public ImmutableArray<T> AsImmutableArray() => ImmutableCollectionsMarshal.AsImmutableArray(_items ?? []);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>A hash of the items' hashes, so equal contents hash alike.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Enumerates without allocating.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>Renders the count, for debugging.</summary>
    public override string ToString() => $"EquatableArray<{typeof(T).Name}>[{Count}]";
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into a new array (the collection-expression builder).</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>Copies a sequence into a new array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items.ToArray());
}
