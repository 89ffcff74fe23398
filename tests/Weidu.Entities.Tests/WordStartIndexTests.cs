using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

public sealed class WordStartIndexTests
{
    private static readonly WordSet[] Lists = Enum.GetValues<Scanner.StartList>().Select(Scanner.ListOf).ToArray();

    private static readonly WordStartIndex Index = new(Lists);

    // The characters the lists' words are made of, and a few that start none, so that random texts hold words.
    private static readonly char[] Alphabet = [.. Lists.SelectMany(list => list.Words).SelectMany(word => word).Distinct().Take(120), '的', '了', '，', 'a'];

    [Fact]
    public void Says_which_lists_have_a_word_at_every_position_of_the_yearbook()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var lists = Index.ListsStartingAt(text.AsSpan(i));
            Assert.Equal(Expected(text.AsSpan(i)), lists);
            found += lists == 0 ? 0 : 1;
        }

        // The lists have words all over a yearbook of government: the check covers hits, not only misses.
        Assert.True(found > 1000, $"only {found} positions start a listed word");
    }

    [Property(MaxTest = 200)]
    public Property Says_which_lists_have_a_word_at_every_position_of_any_text() =>
        Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), text =>
            Enumerable.Range(0, text.Length + 1).All(i => Index.ListsStartingAt(text.AsSpan(i)) == Expected(text.AsSpan(i))));

    [Fact]
    public void Every_list_of_the_scan_has_its_own_bit()
    {
        Assert.Equal(Lists.Length, Lists.Distinct().Count());
        Assert.InRange(Lists.Length, 1, Scanner.MaxStartLists);
        for (var k = 0; k < Lists.Length; k++)
        {
            foreach (var word in Lists[k].Words)
            {
                Assert.NotEqual(0UL, Index.ListsStartingAt(word) & (1UL << k));
            }
        }
    }

    private static ulong Expected(ReadOnlySpan<char> text)
    {
        var lists = 0UL;
        for (var k = 0; k < Lists.Length; k++)
        {
            lists |= Lists[k].LongestPrefix(text) > 0 ? 1UL << k : 0;
        }

        return lists;
    }
}
