using Weidu.Core;
using Weidu.Entities;
using Weidu.Segmentation;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Fuzz;

/// <summary>
/// The fuzzing targets: each decodes arbitrary bytes the way a user's file is decoded, runs one
/// library on the text and checks the promises that hold for every input (no exception, spans inside
/// the text, lossless trees). A broken promise throws <see cref="FuzzInvariantException"/>, which the
/// fuzzer records as a crash just like an unexpected exception from the library.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Inputs are capped so that one execution stays well under the fuzzer's timeout.</summary>
    public const int MaxInputLength = 64 * 1024;

    private static readonly Lazy<YearbookSegmenter> Segmenter = new(() => new YearbookSegmenter());
    private static readonly Lazy<TemporalExtractor> Extractor = new(() => TemporalExtractor.Create(o => o.DefaultYear = 2019));
    private static readonly Lazy<EntityTagger> Tagger = new(() => EntityTagger.Create());

    /// <summary>The target names, as given on the command line and used as regression folder names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["segmenter", "tokenizer", "temporal", "entities"];

    /// <summary>Runs the named target on one input.</summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not one of <see cref="Names"/>.</exception>
    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        if (input.Length > MaxInputLength)
        {
            input = input[..MaxInputLength];
        }

        var diagnostics = new DiagnosticBag();
        var text = SourceText.From(input, encoding: null, diagnostics, path: "fuzz");
        CheckDiagnostics(diagnostics, text.Length);
        switch (target)
        {
            case "segmenter": Segment(text); break;
            case "tokenizer": Tokenize(text); break;
            case "temporal": ExtractDates(text); break;
            case "entities": TagEntities(text); break;
            default: throw new ArgumentException($"Unknown target '{target}'.", nameof(target));
        }
    }

    private static void Segment(SourceText text)
    {
        var tree = Segmenter.Value.Segment(text, "fuzz");
        Check(tree.Root.Node.GetFullText() == text.ToString(), "the tree's full text differs from the input");
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            CheckSpan(node.Span, text.Length, "segment node");
        }

        CheckDiagnostics(tree.Diagnostics, text.Length);
    }

    private static void Tokenize(SourceText text)
    {
        var tokens = ChineseTokenizer.Default.Tokenize(text.AsSpan());
        var position = 0;
        foreach (var token in tokens)
        {
            Check(token.Start == position && token.Span.Length > 0, $"token {token} does not start where the previous ended ({position})");
            position = token.End;
        }

        Check(position == text.Length, $"tokens end at {position}, not at the end of the text ({text.Length})");
    }

    private static void ExtractDates(SourceText text)
    {
        var value = text.ToString();
        var diagnostics = new DiagnosticBag();
        var mentions = Extractor.Value.Extract(text.AsSpan(), TemporalContext.ForChronicle(2019, 6, new DateOnly(2019, 6, 1)), diagnostics);
        foreach (var mention in mentions)
        {
            CheckSpan(mention.Span, text.Length, "temporal mention");
            Check(value.AsSpan(mention.Span.Start, mention.Span.Length).SequenceEqual(mention.Text), $"mention text '{mention.Text}' differs from the text at {mention.Span}");
        }

        CheckDiagnostics(diagnostics.ToArray(), text.Length);
        var markerLength = Math.Min(text.Length, 16);
        _ = ChronicleDates.TryResolveEntry(text.AsSpan()[..markerLength], 2019, 2, null, out _, diagnostics);
    }

    private static void TagEntities(SourceText text)
    {
        var value = text.ToString();
        foreach (var mention in Tagger.Value.Tag(value))
        {
            CheckMention(mention, value);
        }

        var gazetteer = Gazetteer.Merge([Tagger.Value.Collect(value)]);
        var mentions = Tagger.Value.Tag(value, gazetteer);
        foreach (var alias in AliasResolver.Resolve(value, mentions))
        {
            CheckSpan(alias.Span, value.Length, "alias");
        }
    }

    private static void CheckMention(EntityMention mention, string text)
    {
        CheckSpan(mention.Span, text.Length, "entity mention");
        // A mention's text is its span with OCR line breaks and stray spaces taken out, and nothing else changed.
        Check(mention.Text.Length > 0 && WithoutWhitespace(text.AsSpan(mention.Span.Start, mention.Span.Length)) == WithoutWhitespace(mention.Text), $"mention text '{mention.Text}' is not the text at {mention.Span}");
        foreach (var nested in mention.Nested)
        {
            Check(mention.Span.Contains(nested.Span), $"nested mention {nested.Span} is outside {mention.Span}");
            CheckMention(nested, text);
        }
    }

    /// <summary>The text with every white-space character removed.</summary>
    public static string WithoutWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void CheckDiagnostics(DiagnosticBag diagnostics, int length) => CheckDiagnostics(diagnostics.ToArray(), length);

    private static void CheckDiagnostics(EquatableArray<Diagnostic> diagnostics, int length)
    {
        foreach (var diagnostic in diagnostics)
        {
            Check(diagnostic.Id.StartsWith("WD", StringComparison.Ordinal) && diagnostic.Message.Length > 0, $"diagnostic without code or message: {diagnostic}");
            CheckSpan(diagnostic.Span, length, $"diagnostic {diagnostic.Id}");
        }
    }

    private static void CheckSpan(TextSpan span, int length, string what) =>
        Check(span.Start >= 0 && span.End <= length, $"{what} span {span} is outside the text (length {length})");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzInvariantException(message);
        }
    }
}

/// <summary>A promise of the libraries that an input broke.</summary>
public sealed class FuzzInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzInvariantException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FuzzInvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public FuzzInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
