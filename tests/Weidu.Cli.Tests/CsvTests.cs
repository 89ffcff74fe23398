using Weidu.Cli.Output;

namespace Weidu.Cli.Tests;

public class CsvTests
{
    [Theory]
    [InlineData("张书杰", "张书杰")]
    [InlineData("区委书记,区长", "\"区委书记,区长\"")]
    [InlineData("《\"四个一百\"》", "\"《\"\"四个一百\"\"》\"")]
    [InlineData("两行\r\n文字", "\"两行\r\n文字\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_RFC_4180_says(string field, string expected)
    {
        Assert.Equal($"{expected},x\r\n", Csv.FormatRow([field, "x"]));
    }

    [Fact]
    public void A_null_field_is_empty()
    {
        Assert.Equal(",a\r\n", Csv.FormatRow([null, "a"]));
    }
}
