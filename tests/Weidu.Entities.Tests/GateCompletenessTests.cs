using System.Reflection;
using System.Text;

namespace Weidu.Entities.Tests;

/// <summary>
/// The scan's gates (<see cref="PositionGates"/>) let a grammar visit only the positions where its first condition may
/// hold. Each gate is built from its grammar's lists, not from the grammar itself, so a rule whose first condition
/// changes in kind would silently miss positions; these tests tag with every gate open and compare.
/// </summary>
public sealed class GateCompletenessTests
{
    // Every sentence the other tests of this assembly tag: each rule of every round has its cases among them.
    internal static readonly string[] TestSentences = typeof(GateCompletenessTests).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
        .SelectMany(method => method.GetCustomAttributes<Xunit.InlineDataAttribute>())
        .SelectMany(data => data.GetData(null!).SelectMany(row => row))
        .OfType<string>()
        .Where(text => text.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        .Distinct()
        .ToArray();

    private static readonly EntityTagger Tagger = EntityTagger.Create(options => options.IncludeNested = true);

    [Fact]
    public void The_sentences_of_the_tests_are_many()
    {
        Assert.True(TestSentences.Length > 200, $"{TestSentences.Length} sentences");
    }

    [Fact]
    public void The_gates_hide_no_position_where_a_grammar_fires_in_the_yearbook_or_the_tests_sentences()
    {
        var texts = ScannerTexts.YearbookAndTestSentences;
        var gazetteer = Gazetteer.Merge(texts.Select(Tagger.Collect));

        var gated = Describe(texts, gazetteer);
        string[] open;
        Scanner.OpensEveryGate = true;
        try
        {
            open = Describe(texts, gazetteer);
        }
        finally
        {
            Scanner.OpensEveryGate = false;
        }

        var differences = Enumerable.Range(0, texts.Length).Where(i => gated[i] != open[i]).Take(5)
            .Select(i => $"{texts[i]}\n  gated: {gated[i]}\n  open:  {open[i]}");
        Assert.Empty(differences);
    }

    private static string[] Describe(string[] texts, Gazetteer gazetteer) => Array.ConvertAll(texts, text =>
    {
        var line = new StringBuilder();
        foreach (var entry in Tagger.Collect(text).Entries)
        {
            line.Append($"+{entry.Text}/{entry.Type} ");
        }

        foreach (var mention in Tagger.Tag(text, gazetteer))
        {
            line.Append($"{mention.Span} {mention.Type} [{string.Join(",", mention.Titles)}] {{{string.Join(",", mention.Nested.Select(n => n.Span + " " + n.Type))}}} ");
        }

        return line.ToString();
    });
}
