using Weidu.Core;

namespace Weidu.Pipeline.Tests;

/// <summary>A paragraph of a toy document: its text, without any offset, so that it survives edits elsewhere.</summary>
public sealed record ToyParagraph(string DocumentId, string Text);

/// <summary>A chronicle-like entry: its text and the date it is anchored on (the previous entry's, for 是日).</summary>
public sealed record ToyEntry(string DocumentId, string Text, int Day);

public sealed record ToyTokens(string DocumentId, EquatableArray<string> Tokens);

public sealed record ToyTagged(string DocumentId, string Text, int Hits);

/// <summary>
/// A stand-in for the built-in stages: paragraphs are blank-line separated; "tokenize" splits on spaces;
/// entries are lines "N日 …" or "是日 …" whose day is anchored on the previous entry; "tag" counts words
/// of a corpus-wide lexicon collected from lines starting with "词:".
/// </summary>
public sealed class ToyStage : ICorpusStage
{
    public int TokenizeCalls;
    public int TagCalls;

    public void Initialize(CorpusStageContext context)
    {
        var paragraphs = context.Documents.SelectMany(
            static (d, _) => d.Text.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => new ToyParagraph(d.Id, p)),
            static p => p.Text).WithTrackingName("paragraphs");
        var tokens = paragraphs
            .Select((p, _) =>
            {
                Interlocked.Increment(ref TokenizeCalls);
                return new ToyTokens(p.DocumentId, p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToEquatableArray());
            })
            .WithTrackingName("tokenize");
        var lexicon = paragraphs
            .Where(static p => p.Text.StartsWith("词:", StringComparison.Ordinal))
            .Select(static (p, _) => p.Text[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToEquatableArray())
            .Collect()
            .Select(static (all, _) => all.SelectMany(static a => a).Distinct().Order(StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName("lexicon");
        var tagged = tokens.Combine(lexicon)
            .Select((pair, _) =>
            {
                Interlocked.Increment(ref TagCalls);
                var words = pair.Right.AsImmutableArray();
                return new ToyTagged(pair.Left.DocumentId, string.Join(' ', pair.Left.Tokens), pair.Left.Tokens.Count(words.Contains));
            })
            .WithTrackingName("tag");
        var entries = context.Documents.SelectMany(static (d, _) => Entries(d), static e => e.Text).WithTrackingName("entries");
        context.RegisterOutput(tokens, static (sink, t) => sink.Add(t));
        context.RegisterOutput(tagged, static (sink, t) => sink.Add(t));
        context.RegisterOutput(entries, static (sink, e) => sink.Add(e));
    }

    private static IEnumerable<ToyEntry> Entries(CorpusDocument document)
    {
        var day = 0;
        foreach (var line in document.Text.ToString().Split('\n'))
        {
            if (line.StartsWith("是日", StringComparison.Ordinal))
            {
                yield return new ToyEntry(document.Id, line, day);
            }
            else if (line.IndexOf('日', StringComparison.Ordinal) is > 0 and var end && int.TryParse(line.AsSpan(0, end), out var d))
            {
                day = d;
                yield return new ToyEntry(document.Id, line, day);
            }
        }
    }
}
