using Weidu.Core;

namespace Weidu.Temporal;

/// <summary>
/// Finds temporal expressions in Chinese text and normalises each against an anchor. Immutable and
/// thread-safe: all state of one extraction (the year and date the text last named) lives in the call.
/// </summary>
public sealed class TemporalExtractor
{
    private readonly DateTime? _referenceTime;
    private readonly int? _defaultYear;
    private readonly TemporalBias _bias;
    private readonly bool _resolveAnniversaries;
    private readonly bool _chineseMonthDayIsLunar;

    /// <summary>An extractor with default options (the reference time is the current local time).</summary>
    public TemporalExtractor()
        : this(new TemporalOptions())
    {
    }

    /// <summary>An extractor with the given options; later changes to <paramref name="options"/> do not affect it.</summary>
    public TemporalExtractor(TemporalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _referenceTime = options.ReferenceTime;
        _defaultYear = options.DefaultYear;
        _bias = options.Bias;
        _resolveAnniversaries = options.ResolveAnniversaries;
        _chineseMonthDayIsLunar = options.ReadChineseMonthDayAsLunar;
    }

    /// <summary>Creates an extractor, configuring its options with <paramref name="configure"/>.</summary>
    public static TemporalExtractor Create(Action<TemporalOptions>? configure = null)
    {
        var options = new TemporalOptions();
        configure?.Invoke(options);
        return new TemporalExtractor(options);
    }

    /// <summary>The context the options describe: the reference time (or now), the default year and the bias.</summary>
    public TemporalContext CreateContext() => new(_referenceTime ?? DateTime.Now, AnchorSource.ReferenceTime)
    {
        DocumentYear = _defaultYear,
        Bias = _bias,
        ResolveAnniversaries = _resolveAnniversaries,
        ReadChineseMonthDayAsLunar = _chineseMonthDayIsLunar,
    };

    /// <summary>Extracts from a string against the options' context.</summary>
    public EquatableArray<TemporalMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan(), CreateContext());
    }

    /// <summary>Extracts from a string against <paramref name="context"/>.</summary>
    public EquatableArray<TemporalMention> Extract(string text, TemporalContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan(), context, null, 0);
    }

    /// <summary>Extracts from part of a <see cref="SourceText"/> (a paragraph or chronicle entry); spans are offsets into the whole text.</summary>
    public EquatableArray<TemporalMention> Extract(SourceText text, TextSpan span, TemporalContext context, DiagnosticBag? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan(span), context, diagnostics, span.Start);
    }

    /// <summary>Extracts from <paramref name="text"/> against <paramref name="context"/>; spans are UTF-16 offsets into <paramref name="text"/>.</summary>
    public EquatableArray<TemporalMention> Extract(ReadOnlySpan<char> text, TemporalContext context) => Extract(text, context, null, 0);

    /// <summary>Extracts, reporting dates that do not exist (2月30日) to <paramref name="diagnostics"/>.</summary>
    public EquatableArray<TemporalMention> Extract(ReadOnlySpan<char> text, TemporalContext context, DiagnosticBag? diagnostics) =>
        Extract(text, context, diagnostics, 0);

    private static EquatableArray<TemporalMention> Extract(ReadOnlySpan<char> text, TemporalContext context, DiagnosticBag? diagnostics, int offset)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = default(MentionList);
        Resolver? resolver = null;
        var numbers = default(NumeralRuns);
        var parser = new Parser(text, ref numbers, context.ReadChineseMonthDayAsLunar);
        var i = 0;
        while (i < text.Length)
        {
            i = Lexicon.NextTrigger(text, i);
            if (i < 0)
            {
                break;
            }

            if (!Lexicon.CouldStart(text, i) || !parser.TryParse(i, out var expression) || expression.End <= i)
            {
                if (context.ResolveAnniversaries && parser.ParseNumber(i, out var years, out _) is var length and > 0 &&
                    Anniversaries.TryMatch(text, i, length, years, out var anniversary))
                {
                    mentions.Add(anniversary.ToMention(text, offset));
                    i = anniversary.End;
                    continue;
                }

                i++;
                continue;
            }

            resolver ??= new Resolver(context);
            if (resolver.TryResolve(text, ref expression, out var resolution))
            {
                var span = TextSpan.FromBounds(offset + expression.Start, offset + expression.End);
                mentions.Add(new TemporalMention(span, text[expression.Start..expression.End].ToString(), resolution.Kind, resolution.Value,
                    resolution.Modifier, resolution.Grain, resolution.Interval, resolution.Source) { Lunar = resolution.Lunar });
            }
            else
            {
                diagnostics?.Add(Diagnostic.Create(TemporalDiagnostics.InvalidDate, TextSpan.FromBounds(offset + expression.Start, offset + expression.End), null,
                    text[expression.Start..expression.End].ToString()));
            }

            i = expression.End;
        }

        return mentions.ToArray();
    }

    /// <summary>One call's mentions: the first few inline, so that a short item allocates only its result.</summary>
    private ref struct MentionList
    {
        private MentionBuffer _first;
        private List<TemporalMention>? _more;
        private int _count;

        public void Add(TemporalMention mention)
        {
            if (_count < MentionBuffer.Length)
            {
                _first[_count] = mention;
            }
            else
            {
                (_more ??= []).Add(mention);
            }

            _count++;
        }

        public readonly EquatableArray<TemporalMention> ToArray()
        {
            if (_count == 0)
            {
                return EquatableArray<TemporalMention>.Empty;
            }

            var array = new TemporalMention[_count];
            ((ReadOnlySpan<TemporalMention>)_first)[..Math.Min(_count, MentionBuffer.Length)].CopyTo(array);
            _more?.CopyTo(array, MentionBuffer.Length);
            return new EquatableArray<TemporalMention>(array);
        }
    }

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct MentionBuffer
    {
        public const int Length = 8;

        private TemporalMention _element;
    }
}
