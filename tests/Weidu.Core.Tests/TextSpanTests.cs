namespace Weidu.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Intersection_of_disjoint_spans_is_null()
    {
        Assert.Null(new TextSpan(0, 2).Intersection(new TextSpan(5, 1)));
        Assert.Equal(new TextSpan(3, 2), new TextSpan(0, 5).Intersection(new TextSpan(3, 4)));
    }
}
