using Weidu.Core;

namespace Weidu.Pipeline.CustomStage.Tests;

/// <summary>How often a keyword occurs in one paragraph or entry.</summary>
public sealed record KeywordHit(string Keyword, int Count, string Text);

/// <summary>The keywords to count: a slow-changing input, so a single value.</summary>
public sealed record KeywordList(EquatableArray<string> Words);

/// <summary>
/// A user stage built only on the public API: it counts keywords among each item's tokens (from the built-in
/// tokenizer stage), combined late with the keyword list, and reports a corpus-wide total.
/// </summary>
public sealed class KeywordStage(KeywordList keywords) : ICorpusStage
{
    public int Calls;

    public void Initialize(CorpusStageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = context.Documents
            .Collect()
            .Select((_, _) => keywords);
        var hits = context.Tokens
            .Combine(list)
            .Select((pair, _) =>
            {
                Interlocked.Increment(ref Calls);
                var (tokens, words) = pair;
                var found = new List<KeywordHit>();
                foreach (var word in words.Words)
                {
                    var count = 0;
                    foreach (var token in tokens.Annotations)
                    {
                        if (token.GetText(tokens.Text.AsSpan()).SequenceEqual(word))
                        {
                            count++;
                        }
                    }

                    if (count > 0)
                    {
                        found.Add(new KeywordHit(word, count, tokens.Text));
                    }
                }

                return found.ToEquatableArray();
            })
            .WithTrackingName("keywords");
        context.RegisterOutput(hits, static (sink, found) =>
        {
            foreach (var hit in found)
            {
                sink.Add(hit);
            }
        });
        context.RegisterOutput(
            hits.Collect().Select(static (all, _) => all.Sum(h => h.Sum(x => x.Count))),
            static (sink, total) => sink.Add(new KeywordTotal(total)));
    }
}

/// <summary>The number of keyword occurrences in the whole corpus.</summary>
public sealed record KeywordTotal(int Count);
