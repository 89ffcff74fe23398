namespace Weidu.Temporal.Tests;

/// <summary>The scan's first test at a stop lets the commonest prefixes through only where an expression can follow.</summary>
public sealed class StopFilterTests
{
    [Theory]
    [InlineData("近30天")]
    [InlineData("上两周")]
    [InlineData("前3天")]
    [InlineData("下2个月")]
    [InlineData("后半年")]
    [InlineData("大年初一")]
    [InlineData("上午")]
    public void A_common_prefix_before_a_number_or_a_lexicon_word_starts_an_expression(string text) =>
        Assert.Equal(text, Extract.One(text).Text);

    [Fact]
    public void A_common_prefix_before_anything_else_starts_nothing() =>
        Assert.Empty(Extract.All("大会要求上级前进，下级后面跟上，近邻大力支持", 2019, 1, 20));
}
