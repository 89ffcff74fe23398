using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Weidu.Entities.Tests;

public sealed class PositionGatesTests
{
    private static readonly (string[] Words, Func<char, bool>? Characters)[] Definitions =
        Scanner.GateDefinitions().Select(gate => (gate.Words.ToArray(), gate.Characters)).ToArray();

    // Each gate's words by text, to ask of every prefix of a position.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Words =
        Definitions.Select(gate => gate.Words.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();

    private static readonly int MaxWordLength = Definitions.SelectMany(gate => gate.Words).Max(word => word.Length);

    private static readonly PositionGates Gates = new(Scanner.GateDefinitions());

    // The gates' own words' characters, and a few that open no gate, so that random texts hold words.
    private static readonly char[] Alphabet =
        [.. Definitions.SelectMany(gate => gate.Words).Where(word => word.Length <= 4).SelectMany(word => word).Distinct().Take(150), '的', '了', '，', 'a', '2'];

    private static readonly string Yearbook = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));

    [Fact]
    public void Every_gate_of_the_scan_has_its_own_bit()
    {
        var gates = Enum.GetValues<Scanner.Gate>().Where(gate => gate != Scanner.Gate.None).ToArray();
        Assert.Equal(Definitions.Length, gates.Length);
        Assert.InRange(Definitions.Length, 1, PositionGates.MaxGates);
        Assert.Equal(Enumerable.Range(0, gates.Length).Select(k => 1 << k), gates.Select(gate => (int)gate).Order());
    }

    [Fact]
    public void Takes_words_of_two_or_more_characters_only_on_the_gates_the_pairs_table_holds()
    {
        var characters = Enumerable.Repeat<(IEnumerable<string>, Func<char, bool>?)>((["中"], null), PositionGates.MaxWordGates).ToList();
        Assert.Throws<ArgumentException>(() => new PositionGates([.. characters, (["中国"], null)]));
        var gates = new ushort[2];
        new PositionGates([.. characters, (["中"], null)]).Fill("中国", gates);
        Assert.Equal((1 << (PositionGates.MaxWordGates + 1)) - 1, gates[0]);
        Assert.Equal(0, gates[1]);
    }

    [Fact]
    public void Opens_every_gate_where_it_may_open_in_the_yearbook()
    {
        var gates = Fill(Yearbook);
        var expected = YearbookExpected.Value;
        for (var i = 0; i < Yearbook.Length; i++)
        {
            Assert.True((expected[i] & ~gates[i]) == 0, $"a gate is closed at {i} where it may open");
        }
    }

    private static readonly Lazy<ushort[]> YearbookExpected = new(() => Enumerable.Range(0, Yearbook.Length).Select(i => Expected(Yearbook.AsSpan(i))).ToArray());

    [Fact]
    public void Keeps_the_sparse_gates_closed_at_most_positions_of_the_yearbook()
    {
        // A table that opened every gate everywhere would be right and worthless: the lists' words, and the classes of
        // characters, start at few positions, and hash collisions must not open their gates much more often.
        var gates = Fill(Yearbook);
        foreach (var gate in new[] { Scanner.Gate.KnownNames, Scanner.Gate.PostHeads, Scanner.Gate.ListOpeners, Scanner.Gate.PersonRoles, Scanner.Gate.Abbreviations, Scanner.Gate.JapaneseSurnames })
        {
            var open = gates.Count(bits => (bits & (ushort)gate) != 0);
            var expected = YearbookExpected.Value.Count(bits => (bits & (ushort)gate) != 0);
            Assert.True(open < Yearbook.Length / 10, $"{gate} opens at {open} of {Yearbook.Length} positions");
            Assert.True(open <= expected + (Yearbook.Length / 50), $"{gate} opens at {open} positions where it may open at {expected}");
        }
    }

    [Fact]
    public void A_lists_trie_turns_away_most_positions_its_gate_opens_at_by_a_collision()
    {
        // A gated grammar walks a list's trie only where the gate is open; the trie's own filter on the first two
        // characters is worth asking there only if its hash is not the gate's (or its low bits): then a pair that
        // opens the gate by sharing a hash with a listed pair seldom passes the trie's filter too.
        var gates = Fill(Yearbook);
        var trie = new NameTrie(LexiconNames.Names);
        var pairs = LexiconNames.Names.Where(name => name.Length >= 2).Select(name => name[..2]).ToHashSet(StringComparer.Ordinal);
        var (collisions, passed) = (0, 0);
        for (var i = 0; i + 1 < Yearbook.Length; i++)
        {
            if ((gates[i] & (ushort)Scanner.Gate.LexiconNames) != 0 && !pairs.Contains(Yearbook.Substring(i, 2)))
            {
                collisions++;
                passed += trie.MayMatch(Yearbook.AsSpan(i), backward: false) ? 1 : 0;
            }
        }

        Assert.True(collisions > 1000, $"the lexicon names' gate opens by a collision at only {collisions} positions");
        Assert.True(passed < collisions / 5, $"the trie's filter passes {passed} of the {collisions} positions the gate opens at by a collision");
    }

    [Property(MaxTest = 300)]
    public Property Opens_every_gate_where_it_may_open_in_any_text() =>
        Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), text =>
        {
            var gates = Fill(text);
            return Enumerable.Range(0, text.Length).All(i => (Expected(text.AsSpan(i)) & ~gates[i]) == 0);
        });

    [Property(MaxTest = 300)]
    public Property Finds_the_next_open_position_as_a_scan_of_every_position_does() =>
        Prop.ForAll(
            Gen.Elements<ushort>(0, 0, 0, 0, 0, 1, 2, 3, 0x80, 0x8000).ArrayOf().ToArbitrary(),
            Gen.Elements<ushort>(1, 2, 3, 0x80, 0x8000, 0xFFFF).ToArbitrary(),
            Gen.Choose(0, 80).ToArbitrary(),
            (gates, mask, from) =>
            {
                var expected = gates.Length;
                for (var i = from; i < gates.Length; i++)
                {
                    if ((gates[i] & mask) != 0)
                    {
                        expected = i;
                        break;
                    }
                }

                return PositionGates.NextAt(gates, mask, from) == expected;
            });

    [Fact]
    public void Finds_no_open_position_past_the_end_or_in_an_empty_text()
    {
        Assert.Equal(0, PositionGates.NextAt([], 1, 0));
        Assert.Equal(3, PositionGates.NextAt([1, 1, 1], 1, 3));
        Assert.Equal(3, PositionGates.NextAt([1, 1, 1], 1, 5));
        Assert.Equal(17, PositionGates.NextAt([.. new ushort[17], 4], 4, 0));
        Assert.Equal(18, PositionGates.NextAt([.. new ushort[17], 4], 2, 0));
    }

    private static ushort[] Fill(string text)
    {
        var gates = new ushort[text.Length];
        Gates.Fill(text, gates);
        return gates;
    }

    // Which gates a word of theirs, or a character they accept, starts at the start of text, by plain string tests.
    private static ushort Expected(ReadOnlySpan<char> text)
    {
        var gates = 0;
        for (var k = 0; k < Definitions.Length; k++)
        {
            var characters = Definitions[k].Characters;
            var opens = characters is not null && characters(text[0]);
            for (var length = 1; !opens && length <= Math.Min(MaxWordLength, text.Length); length++)
            {
                opens = Words[k].Contains(text[..length]);
            }

            gates |= opens ? 1 << k : 0;
        }

        return (ushort)gates;
    }
}
