using static Weidu.Temporal.Tests.Extract;

namespace Weidu.Temporal.Tests;

public sealed class NotTemporalTests
{
    [Theory]
    [InlineData("开办了四点半课堂")]
    [InlineData("“四点半”课堂")]
    [InlineData("第十一届全运会")]
    [InlineData("一年之计在于春")]
    [InlineData("推进5G网络建设")]
    [InlineData("七一社区居委会")]
    [InlineData("这里着重强调两点。")]
    [InlineData("企业开办一日办结")]
    [InlineData("区领导李国庆出席")]
    [InlineData("十一、加强党的建设")]
    [InlineData("增长2019人次")]
    [InlineData("中国共产党")]
    public void Is_not_a_temporal_expression(string text) => Assert.Empty(All(text, 2019, 1, 20));

    [Fact]
    public void The_holiday_named_with_numerals_is_still_found_where_it_means_the_holiday()
    {
        var mention = All("做好“十一”放假期间各项工作", 2019, 9, 20).Single();
        Day(mention, D(2019, 10, 1));
        Day(All("迎接七一建党节", 2019, 6, 20).Single(), D(2019, 7, 1));
    }
}
