using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Temporal.Tests;

/// <summary>
/// Long runs of numerals are read once, not once per character the scan stops at; these check that the
/// remembered runs read every number exactly as <see cref="Numerals.Parse"/> does, and what a long line
/// of numerals yields.
/// </summary>
public sealed class LongRunTests
{
    private const string Alphabet = "0123456789０９零〇○一二两三四五六七八九十百千万廿卅拾佰仟壹玖年月日天号，";

    [Property(MaxTest = 300)]
    public Property Remembered_runs_read_every_number_as_a_fresh_parse_does() =>
        Prop.ForAll(Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (text, backwards) =>
        {
            var runs = default(NumeralRuns);
            var positions = Enumerable.Range(0, text.Length + 1);
            foreach (var pos in backwards == 1 ? positions.Reverse() : positions)
            {
                var expected = (Numerals.Parse(text, pos, out var value, out var form), value, form);
                var actual = (runs.Parse(text, pos, out value, out form), value, form);
                if (expected != actual)
                {
                    return false.Label($"{text} at {pos}: {expected} != {actual}");
                }
            }

            return true.ToProperty();
        });

    [Theory]
    [InlineData("二十五", 25)]
    [InlineData("三万五千", 35000)]
    [InlineData("一千零一", 1001)]
    [InlineData("廿一", 21)]
    [InlineData("二〇一九", 2019)]
    public void Positional_and_digit_numbers_inside_a_long_run_keep_their_values(string number, int value)
    {
        // Sixteen 〇 before the number make a long run; from the number's first character on, the run reads as the number alone.
        var text = new string('〇', NumeralRuns.LongRun) + number;
        var runs = default(NumeralRuns);
        Assert.Equal(text.Length, runs.Parse(text, 0, out _, out _));
        Assert.Equal(number.Length, runs.Parse(text, NumeralRuns.LongRun, out var read, out _));
        Assert.Equal(value, read);
    }

    [Fact]
    public void A_long_line_of_numerals_gives_the_mentions_of_its_tail()
    {
        // A stop inside the run reads the rest of the run as one number: only its last four digits make a year.
        var line = new string('一', 20_000) + "年三月";
        var mention = Assert.Single(Extract.All(line, 2019, 1, 1));
        Assert.Equal("一一一一年三月", mention.Text);
        Assert.Equal(line.Length - 7, mention.Span.Start);
        Assert.Equal("1111-03", mention.Value);
    }

    [Fact]
    public void A_long_line_of_digits_and_units_finds_the_dates_after_it()
    {
        var run = string.Concat(Enumerable.Repeat("十二万三千", 4_000)) + string.Concat(Enumerable.Repeat("1234567890", 2_000));
        var mentions = Extract.All(run + "，2019年5月1日", 2019, 1, 1);
        Assert.Equal(["2019年5月1日"], mentions.Select(m => m.Text));
    }
}
