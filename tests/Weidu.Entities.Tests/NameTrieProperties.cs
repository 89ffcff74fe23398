using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

public sealed class NameTrieProperties
{
    // Few characters, '\0' and a character whose low bits collide with 区 among them, so that names share prefixes
    // and the edge table probes past occupied slots.
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
            var expectedBefore = Enumerable.Range(0, list.Length).Where(i => text.EndsWith(list[i], StringComparison.Ordinal)).OrderBy(i => list[i].Length);
            var foundBefore = new List<int>();
            foreach (var index in backward.MatchesBefore(text))
            {
                foundBefore.Add(index);
            }

            return foundAt.SequenceEqual(expectedAt) && foundBefore.SequenceEqual(expectedBefore)
                && forward.IndexOf(text) == Array.IndexOf(list, text);
        });
}
