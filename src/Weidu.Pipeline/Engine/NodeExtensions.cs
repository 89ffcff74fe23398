using System.Collections.Immutable;

namespace Weidu.Pipeline.Engine;

/// <summary>A node whose comparer and tracking name can be replaced, giving a new node.</summary>
internal interface IConfigurableNode<T> : IIncrementalNode<T>
{
    IIncrementalNode<T> With(IEqualityComparer<T>? comparer, string? name);
}

internal static class NodeExtensions
{
    /// <summary>The node with another comparer or tracking name; a node that has neither is passed through an identity step that has.</summary>
    public static IIncrementalNode<T> With<T>(this IIncrementalNode<T> node, IEqualityComparer<T>? comparer, string? name) =>
        node is IConfigurableNode<T> configurable
            ? configurable.With(comparer, name)
            : new SelectNode<T, T>(node, static (value, _) => value, comparer, name);

    /// <summary>The children of one parent, as a value: equal when the children are equal one by one.</summary>
    public static IEqualityComparer<ImmutableArray<T>> SequenceComparer<T>() => ArrayComparer<T>.Instance;

    private sealed class ArrayComparer<T> : IEqualityComparer<ImmutableArray<T>>
    {
        public static readonly ArrayComparer<T> Instance = new();

        public bool Equals(ImmutableArray<T> x, ImmutableArray<T> y) => x.AsSpan().SequenceEqual(y.AsSpan(), EqualityComparer<T>.Default);

        public int GetHashCode(ImmutableArray<T> obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }
    }
}

/// <summary>Compares identities of type <typeparamref name="TIdentity"/> held as objects.</summary>
internal sealed class IdentityComparer<TIdentity> : IEqualityComparer<object?>
{
    public static readonly IdentityComparer<TIdentity> Instance = new();

    public new bool Equals(object? x, object? y) => EqualityComparer<TIdentity>.Default.Equals((TIdentity)x!, (TIdentity)y!);

    public int GetHashCode(object? obj) => obj is null ? 0 : EqualityComparer<TIdentity>.Default.GetHashCode((TIdentity)obj);
}
