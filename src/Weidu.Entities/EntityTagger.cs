using Weidu.Core;
using Weidu.Tokenization;

namespace Weidu.Entities;

/// <summary>
/// Finds persons, organisations, places, official posts, meetings and works in Chinese text, with the posts printed
/// beside each person. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A corpus is tagged in two passes: <see cref="Collect(string)"/> over every text gathers the names found
/// confidently (a name after a post, in a list of leaders, before 同志), <see cref="Gazetteer.Merge"/> makes them one
/// <see cref="Gazetteer"/>, and <see cref="Tag(string, Gazetteer)"/> then tags every whole occurrence of them, so a
/// name printed once with its post is also found where it stands alone. Offsets are UTF-16 indices into the text
/// given; a name split by a line break or a stray space between two Chinese characters is one mention.
/// </remarks>
public sealed class EntityTagger
{
    private readonly Gazetteer _user;
    private readonly EntityTaggerOptions _options;
    private readonly ILexicon _lexicon;

    /// <summary>
    /// Creates a tagger that reads words and their part-of-speech tags from <paramref name="tokenizer"/>'s lexicon
    /// (<see cref="ChineseTokenizer.Default"/> when null). The options are copied, so later changes to them do not affect it.
    /// </summary>
    public EntityTagger(EntityTaggerOptions? options = null, ChineseTokenizer? tokenizer = null)
        : this(options, new TokenizerLexicon(tokenizer ?? ChineseTokenizer.Default))
    {
    }

    internal EntityTagger(EntityTaggerOptions? options, ILexicon lexicon)
    {
        options ??= new EntityTaggerOptions();
        _options = new EntityTaggerOptions
        {
            IncludeNested = options.IncludeNested,
            TagMeetings = options.TagMeetings,
            TagWorks = options.TagWorks,
        };
        _user = Gazetteer.Create(options.Gazetteer);
        _lexicon = lexicon;
    }

    /// <summary>Creates a tagger configured by <paramref name="configure"/>.</summary>
    public static EntityTagger Create(Action<EntityTaggerOptions>? configure = null)
    {
        var options = new EntityTaggerOptions();
        configure?.Invoke(options);
        return new EntityTagger(options);
    }

    /// <summary>The names the user listed in <see cref="EntityTaggerOptions.Gazetteer"/>.</summary>
    public Gazetteer UserGazetteer => _user;

    /// <summary>Tags <paramref name="text"/> with no corpus gazetteer.</summary>
    public EquatableArray<EntityMention> Tag(string text) => Tag(text, Gazetteer.Empty);

    /// <summary>
    /// Tags <paramref name="text"/>, also finding every whole occurrence of the names in <paramref name="gazetteer"/>.
    /// Mentions are sorted by start; they do not overlap, and names nested in a mention are in its
    /// <see cref="EntityMention.Nested"/> when <see cref="EntityTaggerOptions.IncludeNested"/> is set.
    /// </summary>
    public EquatableArray<EntityMention> Tag(string text, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var (view, chosen, titleGroups) = Run(text, gazetteer);
        return Resolver.ToMentions(chosen, view, titleGroups, _options.IncludeNested);
    }

    /// <summary>
    /// The collecting pass: the names in <paramref name="text"/> found with a context that vouches for them, to be
    /// merged with other texts' contributions into a corpus <see cref="Gazetteer"/>.
    /// </summary>
    public GazetteerContribution Collect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (view, chosen, _) = Run(text, Gazetteer.Empty);
        var entries = chosen
            .Where(IsConfident)
            .Select(c => new GazetteerEntry(view.Clean[c.Start..c.End], c.Type))
            .Distinct()
            .OrderBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Type)
            .ToArray();
        return entries.Length == 0 ? GazetteerContribution.Empty : new GazetteerContribution(new EquatableArray<GazetteerEntry>(entries));

        bool IsConfident(Candidate c) => c.Type switch
        {
            EntityType.Person => c.Confidence >= Confidence.Cue && c.Length >= 2,
            EntityType.Organization => c.Confidence == Confidence.Suffix && Grammar.OrganizationSuffixes.LongestSuffix(view.Clean.AsSpan(c.Start, c.Length)) > 1 && c.Length >= 4,
            EntityType.Location => c.Confidence == Confidence.Suffix && Grammar.LocationSuffixes.LongestSuffix(view.Clean.AsSpan(c.Start, c.Length)) > 1 && c.Length >= 4,
            _ => false,
        };
    }

    private (TextView View, List<Candidate> Chosen, IReadOnlyList<string[]> TitleGroups) Run(string text, Gazetteer gazetteer)
    {
        var view = TextView.Create(text);
        var scanner = new Scanner(view.Clean, _user, gazetteer, _options, _lexicon);
        scanner.Run();
        return (view, Resolver.Choose(scanner.Candidates, view.Clean.Length), scanner.TitleGroups);
    }
}
