using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

public sealed class NameTrieProperties
{
    // Few characters, '\0' and a character whose low bits collide with 区 among them, so that names share prefixes,
    // the edge table probes past occupied slots, and the first-character filter of a short list folds two onto one bit.
    private static readonly char[] Alphabet = ['区', '委', '书', '记', '\0', (char)('区' + 1024), 'a'];

    private static Gen<string> Words(int maxLength) =>
        Gen.Choose(1, maxLength).SelectMany(length => Gen.Elements(Alphabet).ArrayOf(length)).Select(chars => new string(chars));

    [Property(MaxTest = 300)]
    public Property Finds_exactly_the_names_that_start_or_end_a_text() =>
        Prop.ForAll(Words(4).ListOf().ToArbitrary(), Words(8).ToArbitrary(), (names, text) =>
        {
            var list = names.Distinct(StringComparer.Ordinal).ToArray();
            var forward = new NameTrie(list);
            var expectedAt = Enumerable.Range(0, list.Length).Where(i => text.StartsWith(list[i], StringComparison.Ordinal)).OrderBy(i => list[i].Length);
            var foundAt = new List<int>();
            foreach (var index in forward.MatchesAt(text))
            {
                foundAt.Add(index);
            }

            var reversed = list.Select(n => new string(n.Reverse().ToArray())).ToArray();
            var backward = new NameTrie(reversed);
            var expectedBefore = Enumerable.Range(0, list.Length).Where(i => text.EndsWith(list[i], StringComparison.Ordinal)).OrderBy(i => list[i].Length).ToArray();

            // Names ending at one place differ in length, so a buffer as long as the text holds them all; a buffer of
            // one keeps the longest.
            Span<int> all = stackalloc int[text.Length];
            var lengthsBefore = all[..backward.SuffixLengths(text, all)].ToArray();
            Span<int> one = stackalloc int[1];
            var longestBefore = one[..backward.SuffixLengths(text, one)].ToArray();

            return foundAt.SequenceEqual(expectedAt)
                && lengthsBefore.SequenceEqual(expectedBefore.Reverse().Select(i => list[i].Length))
                && longestBefore.SequenceEqual(expectedBefore.TakeLast(1).Select(i => list[i].Length))
                && forward.IndexOf(text) == Array.IndexOf(list, text)
                && forward.LongestMatch(text, backward: false) == (foundAt.Count == 0 ? -1 : foundAt[^1])
                && backward.LongestMatch(text, backward: true) == (expectedBefore.Length == 0 ? -1 : expectedBefore[^1])
                && forward.LongestLength(text, backward: false) == (foundAt.Count == 0 ? 0 : list[foundAt[^1]].Length)
                && backward.LongestLength(text, backward: true) == (expectedBefore.Length == 0 ? 0 : list[expectedBefore[^1]].Length);
        });

    [Property(MaxTest = 300)]
    public Property Skips_only_positions_that_the_filters_reject_and_no_name_starts() =>
        Prop.ForAll(Words(4).ListOf().ToArbitrary(), Words(40).ToArbitrary(), (names, text) =>
        {
            var trie = new NameTrie(names.Distinct(StringComparer.Ordinal).ToArray());
            var agrees = true;
            for (var from = 0; from <= text.Length; from++)
            {
                var expected = from;
                while (expected < text.Length && !trie.MayMatch(text.AsSpan(expected), backward: false))
                {
                    agrees &= MatchesAt(trie, text[expected..]).Length == 0;
                    expected++;
                }

                agrees &= trie.NextMayStart(text, from) == expected;
            }

            return agrees.Label($"{text} / {string.Join(",", names)}");
        });

    [Property(MaxTest = 300)]
    public Property Finds_the_lengths_of_the_words_that_end_a_text_longest_first() =>
        Prop.ForAll(Words(4).ListOf().ToArbitrary(), Words(8).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (words, text, room) =>
        {
            var set = new WordSet(string.Join('|', words));
            var expected = set.Words.Where(w => text.EndsWith(w, StringComparison.Ordinal)).Select(w => w.Length).OrderDescending().Take(room);
            Span<int> lengths = stackalloc int[room];
            return lengths[..set.SuffixLengths(text, text.Length, lengths)].ToArray().SequenceEqual(expected);
        });

    [Fact]
    public void A_long_list_finds_one_character_names_where_no_name_starts_with_the_next_two()
    {
        // Enough names that each pair of first characters has a bit of its own, and names of one character among them:
        // where no name starts with the two characters at a position, the one-character name there is still found.
        var names = Enumerable.Range(0, 600).Select(i => string.Concat((char)('一' + i), (char)('丁' + i))).Append("区").Append("委").ToArray();
        var trie = new NameTrie(names);
        Assert.Equal(600, trie.LongestMatch("区委", backward: false));
        Assert.Equal(601, trie.LongestMatch("区委", backward: true));
        Assert.Equal(600, trie.IndexOf("区"));
        Assert.Equal(-1, trie.IndexOf("区委"));
        Assert.Equal(5, trie.LongestMatch(names[5] + "区", backward: false));
        Assert.Equal(-1, trie.LongestMatch(string.Concat(names[5][0], names[6][1]), backward: false));
        Assert.Equal([600], MatchesAt(trie, "区" + names[5]));
    }

    private static int[] MatchesAt(NameTrie trie, string text)
    {
        var found = new List<int>();
        foreach (var index in trie.MatchesAt(text))
        {
            found.Add(index);
        }

        return [.. found];
    }

    [Fact]
    public void A_long_list_whose_names_share_prefixes_finds_every_name_and_no_other()
    {
        // 4,096 names of 4 characters over 8 letters share most of their prefixes (4,680 edges for 16,384
        // characters), so the edge table is sized again for the edges after it is filled.
        const string letters = "区委书记市长副主";
        var names = (from a in letters from b in letters from c in letters from d in letters select string.Concat(a, b, c, d)).ToArray();
        var trie = new NameTrie(names);

        for (var i = 0; i < names.Length; i++)
        {
            Assert.Equal(i, trie.IndexOf(names[i]));
            Assert.Equal(i, trie.LongestMatch(names[i] + "区委", backward: false));
        }

        Assert.Equal(-1, trie.IndexOf("区委书"));
        Assert.Equal(-1, trie.IndexOf("区委书人"));
        Assert.Equal(-1, trie.LongestMatch("人区委书记", backward: false));
    }
}
