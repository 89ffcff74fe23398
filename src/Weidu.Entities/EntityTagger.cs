using System.Runtime.InteropServices;
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
/// name printed once with its post is also found where it stands alone; <see cref="Scan(string)"/> reads a text once
/// for both passes. Offsets are UTF-16 indices into the text
/// given; a name split by a line break or a stray space between two Chinese characters is one mention.
/// </remarks>
public sealed class EntityTagger
{
    private readonly Gazetteer _user;
    private readonly EntityTaggerOptions _options;
    private readonly TokenizerLexicon _lexicon;

    /// <summary>
    /// Creates a tagger that reads words and their part-of-speech tags from <paramref name="tokenizer"/>'s lexicon
    /// (<see cref="ChineseTokenizer.Default"/> when null). The options are copied, so later changes to them do not affect it.
    /// </summary>
    public EntityTagger(EntityTaggerOptions? options = null, ChineseTokenizer? tokenizer = null)
        : this(options, new TokenizerLexicon(tokenizer ?? ChineseTokenizer.Default))
    {
    }

    internal EntityTagger(EntityTaggerOptions? options, TokenizerLexicon lexicon)
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
        return Collect(Scan(text));
    }

    /// <summary>The collecting pass over a text already scanned: equal to <see cref="Collect(string)"/> of its text.</summary>
    /// <exception cref="ArgumentException"><paramref name="scan"/> was made by another tagger.</exception>
    public GazetteerContribution Collect(EntityScan scan)
    {
        CheckScan(scan);
        var view = scan.View;
        List<GazetteerEntry>? entries = null;
        Dictionary<string, int>? statisticalNames = null;
        foreach (var candidate in scan.Chosen)
        {
            if (IsConfident(candidate))
            {
                (entries ??= []).Add(new GazetteerEntry(view.Clean[candidate.Start..candidate.End], candidate.Type));
                if (GivenNameAlone(candidate) is { } givenName)
                {
                    entries.Add(givenName);
                }
            }
        }

        if (entries is null)
        {
            return GazetteerContribution.Empty;
        }

        // Sorted by text, then type, and each entry once: equal entries are neighbours after the sort. A loop and
        // one sort rather than a chain of enumerators, since the collecting pass runs over every text of a corpus.
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Text, b.Text) is var byText and not 0 ? byText : a.Type.CompareTo(b.Type));
        var distinct = 1;
        for (var k = 1; k < entries.Count; k++)
        {
            if (!entries[k].Equals(entries[distinct - 1]))
            {
                entries[distinct++] = entries[k];
            }
        }

        return new GazetteerContribution(new EquatableArray<GazetteerEntry>(CollectionsMarshal.AsSpan(entries)[..distinct].ToArray()));

        bool IsConfident(Candidate c) => c.Type switch
        {
            EntityType.Person => (c.Confidence >= Confidence.Cue && c.Length >= 2) || (c.Confidence == Confidence.Statistical && c.Length >= 3 && IsRepeated(c)),
            EntityType.Organization => c.Confidence == Confidence.Suffix && Grammar.OrganizationSuffixes.LongestSuffix(view.Clean.AsSpan(c.Start, c.Length)) > 1 && c.Length >= 4,
            EntityType.Location => c.Confidence == Confidence.Suffix && Grammar.LocationSuffixes.LongestSuffix(view.Clean.AsSpan(c.Start, c.Length)) > 1 && c.Length >= 4,
            _ => false,
        };

        // A person's given name of two characters is how an article names them again (王军霞 … 军霞说), as the gold sets
        // tag it: collected beside the full name, it is that person wherever it stands whole (see
        // Scanner.ScanGazetteer). Only after a common surname of one character, where the rest is surely the given
        // name, and only a given name that is no word of the lexicon, which would be read everywhere the word is.
        GazetteerEntry? GivenNameAlone(Candidate c) =>
            c.Type == EntityType.Person && c.Length == 3 && NameModel.IsCommonSurname(view.Clean[c.Start])
            && !_lexicon.TryGetWord(view.Clean.AsSpan(c.Start + 1, 2), out _, out _)
                ? new GazetteerEntry(view.Clean.Substring(c.Start + 1, 2), EntityType.Person)
                : null;

        // A name of three the statistical scan reads twice in one text is that text's person, as sure as a cue makes
        // it: a phrase read as a name (山高林密) seldom repeats in a text, and an article names its people more than once.
        // The names are counted once per text, so a long text with many of them stays linear.
        bool IsRepeated(Candidate c)
        {
            if (statisticalNames is null)
            {
                statisticalNames = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var other in scan.Chosen)
                {
                    if (other.Type == EntityType.Person && other.Confidence == Confidence.Statistical && other.Length >= 3)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(statisticalNames, view.Clean.Substring(other.Start, other.Length), out _)++;
                    }
                }
            }

            return statisticalNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(view.Clean.AsSpan(c.Start, c.Length), out var count) && count >= 2;
        }
    }

    /// <summary>
    /// Reads <paramref name="text"/> once for both passes: <see cref="Collect(EntityScan)"/> and
    /// <see cref="Tag(EntityScan, Gazetteer)"/> of the scan equal <see cref="Collect(string)"/> and
    /// <see cref="Tag(string, Gazetteer)"/> of the text, for every gazetteer.
    /// </summary>
    public EntityScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = TextView.Create(text);
        var probe = Gazetteer.CreateProbe(view.Clean);
        var scanner = new Scanner(view.Clean, _user, probe, _options, _lexicon);
        scanner.Run();
        return new EntityScan(this, text, view, scanner.Candidates, scanner.CorpusCandidatesAt, scanner.TitleGroups, probe.ProbedOffsets());
    }

    /// <summary>
    /// Tags a text already scanned against <paramref name="gazetteer"/>: equal to <see cref="Tag(string, Gazetteer)"/>
    /// of its text. The gazetteer's names are matched in the clean view and resolved with the scan's candidates; the
    /// text is read again only where a listed person starts at a place the grammars read another name.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="scan"/> was made by another tagger.</exception>
    public EquatableArray<EntityMention> Tag(EntityScan scan, Gazetteer gazetteer)
    {
        CheckScan(scan);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var view = scan.View;
        if (gazetteer.Entries.IsEmpty)
        {
            return Resolver.ToMentions(scan.Chosen, view, scan.TitleGroups, _options.IncludeNested);
        }

        // The corpus gazetteer changes a scan in two ways: it proposes its names, and a person listed where the
        // grammars parse a name (after a post, in a list, before 同志) sets that name's length, which steers the rest.
        var scanner = new Scanner(view.Clean, _user, gazetteer, _options, _lexicon);
        if (ReadsAnyNameDifferently(scan, gazetteer))
        {
            scanner.Run();
            return Resolver.ToMentions(Resolver.Choose(scanner.Candidates, view.Clean.Length), view, scanner.TitleGroups, _options.IncludeNested);
        }

        // A gazetteer restricted to this scan knows where its names are: when each already has a chosen twin, the
        // ones the gazetteer scan keeps of them cannot change the choice, and the text is not read for them.
        if (gazetteer.MatchesIn(view.Clean) is { } matches && Resolver.ChoosesAlready(scan.Chosen, matches))
        {
            return Resolver.ToMentions(scan.Chosen, view, scan.TitleGroups, _options.IncludeNested);
        }

        scanner.ScanCorpusGazetteer();
        if (Resolver.ChoosesAlready(scan.Chosen, scanner.Candidates))
        {
            return Resolver.ToMentions(scan.Chosen, view, scan.TitleGroups, _options.IncludeNested);
        }

        // Where a scan with the gazetteer proposes them (the resolver breaks ties by that order), merged into the
        // order the scan's own candidates were weighed in.
        var chosen = Resolver.ChooseWith(scan.Candidates, scan.ResolverOrder, scan.CorpusCandidatesAt, scanner.Candidates, view.Clean.Length);
        return Resolver.ToMentions(chosen, view, scan.TitleGroups, _options.IncludeNested);
    }

    /// <summary>
    /// Whether a person in <paramref name="gazetteer"/> starts where the grammars parsed a name in the scan and makes
    /// it another: the only way a gazetteer changes a scan beyond proposing its own names.
    /// </summary>
    internal bool ReadsAnyNameDifferently(EntityScan scan, Gazetteer gazetteer)
    {
        var clean = scan.View.Clean;
        (Scanner With, Scanner Without)? scanners = null;
        foreach (var position in scan.CorpusProbes)
        {
            if (gazetteer.HasPersonAt(clean.AsSpan(position)))
            {
                scanners ??= (new Scanner(clean, _user, gazetteer, _options, _lexicon), new Scanner(clean, _user, Gazetteer.Empty, _options, _lexicon));
                if (scanners.Value.With.ReadsNameDifferently(scanners.Value.Without, position))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void CheckScan(EntityScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (!scan.IsFrom(this))
        {
            throw new ArgumentException("The scan was made by another tagger.", nameof(scan));
        }
    }

    private (TextView View, List<Candidate> Chosen, IReadOnlyList<string[]> TitleGroups) Run(string text, Gazetteer gazetteer)
    {
        var view = TextView.Create(text);
        var scanner = new Scanner(view.Clean, _user, gazetteer, _options, _lexicon);
        scanner.Run();
        return (view, Resolver.Choose(scanner.Candidates, view.Clean.Length), scanner.TitleGroups);
    }
}
