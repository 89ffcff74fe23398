using System.Collections.Immutable;

namespace Weidu.Core.Tests;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Equal_contents_are_equal_and_hash_alike()
    {
        EquatableArray<string> a = ["张书杰", "李朝锋"];
        var b = ImmutableArray.Create("张书杰", "李朝锋").ToEquatableArray();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ["张书杰"]);
    }

    [Fact]
    public void Default_behaves_as_empty()
    {
        var empty = default(EquatableArray<int>);
        Assert.Equal(EquatableArray<int>.Empty, empty);
        Assert.True(empty.IsEmpty);
        Assert.Empty(empty.AsImmutableArray());
    }

    [Fact]
    public void Diagnostics_compare_by_value()
    {
        var descriptor = new DiagnosticDescriptor("WD9999", "Test", "at {0}", DiagnosticSeverity.Warning);
        var one = Diagnostic.Create(descriptor, new TextSpan(1, 2), "a.txt", 5);
        var two = Diagnostic.Create(descriptor, new TextSpan(1, 2), "a.txt", 5);
        Assert.Equal(one, two);
        Assert.Equal("a.txt[1..3): warning WD9999: at 5", one.ToString());
    }
}
