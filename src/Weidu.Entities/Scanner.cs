using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Weidu.Entities;

/// <summary>
/// Runs every grammar over one clean text and collects the candidates they propose: posts, names after posts and
/// in lists of leaders, names with person cues, meetings, works, names from gazetteers, organisation and place
/// bodies before their suffixes, and statistically likely names.
/// </summary>
internal sealed partial class Scanner
{
    private const int MaxOrganizationBody = 12;
    private const int MaxLocationBody = 6;
    private const int MaxWorkLength = 100;
    private const int MaxTransliteratedPart = 8;
    private static readonly char[] MiddleDots = ['·', '・', '•'];

    // Inside a dotted name a character needs only this transliteration score: the dot says a foreign name is there.
    private const float MinDottedNameCharacterScore = -1f;

    // The name model's weights: a given character must be at least this name-like to start a name without context,
    // and a second given character below the other bound (的, 是) ends the name at two characters.
    private const float MinFirstGivenScore = -1.5f;
    private const float MinSecondGivenScore = -3f;

    // A common surname's name read from its characters alone may begin with a given character as unlikely as this (作
    // in 张作玺, 晚 in 田晚霞, 会 in 韩会军): the score weighs it. A rare surname keeps MinFirstGivenScore, which turns most
    // of its positions away before the lexicon is asked.
    private const float MinStatisticalFirstGivenScore = -3f;

    private const float MaxWordStartGivenScore = 1f;
    private const float MinShortGivenScore = 2f;
    private const float MinNameLikeGivenScore = 4f;
    private const string LeftBoundaryTags = "cpu";
    private const float MaxGivenScore = 4f;
    private const float KnownNameBonus = 3f;
    private const float WordPenalty = 6f;
    private const float CrossingPenalty = 3f;
    private const float BoundaryBonus = 1f;

    // A name heading a clause before an adverb or a preposition (樊小平急忙, 梁连起从) stands where a clause's subject
    // does: a clause seldom opens with a surname, a word and then an adverb.
    private const float ClauseSubjectBonus = 1.5f;

    private const float MinNameScore = 3f;
    private const float SegmentedNameMargin = 4f;
    private const int SegmentationWindow = 4;
    private const float RareSurnameMargin = 6f;
    private const float ListedSurnameMargin = 2f;

    // A rare surname's margin falls by this much per unit of the log-ratio of its use as a surname (NameContextModel.Surname),
    // from RareSurnameMargin at this ratio: 和 (-0.5) and 成 (-0.6) keep all of it, 柳 (3.1) and 樊 (3.6) keep about a third.
    private const float SurnameRatioWeight = 1.5f;
    private const float FullMarginSurnameRatio = 1f / 3;
    private const int CommonWordFrequency = 50;

    // How much the name's context and the position of its given characters count (see NameContextModel): chosen on
    // the People's Daily dev split, as a rare surname's margin is.
    private const float ContextWeight = 1f;
    private const float PositionWeight = 0.5f;
    private const float MaxRightPenalty = 1f;

    // What ScoreBound adds above its sum, for the float sums of the score and of the bound rounding apart.
    private const float ScoreBoundMargin = 1e-3f;

    // Words for places after a list's 等 (等地, 等大、中城市): the items before them are places (see EndsListOfPlaces).
    // Words for a system, a body or a facility after a name (布雷顿森林体系, 斯特拉斯堡总领事馆): a foreign name read without
    // context before one names that thing. Not 政府 or 内阁, which a person's name heads as often (克林顿政府, 桥本内阁).
    private static readonly WordSet InstitutionWords = new("体系|团体|联盟|进步联盟|领事馆|总领事馆|大使馆|机组|帝国|体制");

    private static readonly WordSet PlaceKindsAfterLists = new("地|地区|国|国家|城市|大城市|大中城市|大、中城市|省|省份|省区|州|岛|港口|口岸");

    // A clause of set prose: 万念归一, 钱随粮走 (see InFourCharacterRun).
    private const int PhraseLength = 4;
    private const string PhraseSeparators = "，；。！？：“”‘’";

    private static readonly WordSet PostHeadBlockers = new("主席台|主席团|委员会|常委会|书记处|主任委员会|区长热线|市长热线|书记信箱|市长信箱|区长信箱|组长单位");

    private readonly string _text;
    private readonly Gazetteer _user;
    private readonly Gazetteer _corpus;
    private readonly EntityTaggerOptions _options;
    private readonly TokenizerLexicon _lexicon;
    private readonly List<Candidate> _candidates = [];
    private int _corpusCandidatesEnd;
    private readonly List<string[]> _titleGroups = [];

    // Per position of the text: 1 when no body extends left over the character before it, -1 when one may, 0 not yet asked.
    private sbyte[]? _bodyStops;

    // Per position of the text, for the grammars that ask what earlier grammars found around a name (corpus gazetteer
    // names left out): PlaceEdges flags, and the end of the longest person of at least Cue confidence starting there.
    // Built as the questions come, over the candidates added since, so a scan stays linear in the length of the text.
    private byte[]? _placeEdges;
    private int[]? _surePersonEnds;
    private int _edgesIndexed;

    public Scanner(string text, Gazetteer user, Gazetteer corpus, EntityTaggerOptions options, TokenizerLexicon lexicon)
    {
        _text = text;
        _user = user;
        _corpus = corpus;
        _options = options;
        _lexicon = lexicon;
    }

    public IReadOnlyList<Candidate> Candidates => _candidates;

    public IReadOnlyList<string[]> TitleGroups => _titleGroups;

    public void Run()
    {
        if (_options.TagWorks)
        {
            ScanWorks();
        }

        if (_options.TagMeetings)
        {
            ScanMeetings();
        }

        ScanGazetteer(_user, Confidence.User);
        CorpusCandidatesAt = _candidates.Count;
        ScanGazetteer(_corpus, Confidence.Corpus);
        _corpusCandidatesEnd = _candidates.Count;
        ScanKnownPlaces();
        ScanLexiconNames();
        ScanAbbreviations();
        ScanDatelines();
        var posts = ScanPosts();
        ScanNamesAfterPosts(posts);
        ScanNameLists();
        ScanPersonCues();
        ScanNamesBeforeTitles();
        ScanTransliteratedNames();
        ScanSurnameReferences();
        ScanPersonsBeforeCounts();
        ScanNamesBeforeLives();
        ScanNamesInCaptions();
        ScanForeignNames();
        ScanJapaneseNames();
        ScanSpeakers();
        ScanNamesAfterRoles();
        ScanCupNames();
        ScanSuffixes();
        ScanStatisticalNames();
        ScanListedNeighbours();
        DropFirmShortNames();
    }

    /// <summary>
    /// A firm whose name begins with a word read as a person's without context (罗威汽车公司: 罗威, which jieba tags nr)
    /// is named by that word alone elsewhere in the text (罗威是…供货商), as news text shortens a firm it has named: there
    /// the word is the firm's, and the person read from the word alone is dropped. Run last, once no grammar builds on
    /// the candidates (the edges they index are read no more).
    /// </summary>
    private void DropFirmShortNames()
    {
        List<Candidate>? firms = null;
        var count = _candidates.Count;
        for (var k = _corpusCandidatesEnd; k < count; k++)
        {
            var firm = _candidates[k];
            if (firm.Type == EntityType.Organization && FirmSuffixes.LongestSuffix(_text.AsSpan(firm.Start, firm.Length)) > 0)
            {
                (firms ??= []).Add(firm);
            }
        }

        if (firms is null)
        {
            return;
        }

        // The people read without context, by where they start: the word that begins a firm is one of them.
        var readAlone = new Dictionary<int, int>();
        for (var k = _corpusCandidatesEnd; k < count; k++)
        {
            var person = _candidates[k];
            if (IsReadAlone(person))
            {
                readAlone[person.Start] = Math.Max(readAlone.GetValueOrDefault(person.Start), person.End);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var firm in firms)
        {
            if (readAlone.TryGetValue(firm.Start, out var end) && end < firm.End)
            {
                names.Add(_text[firm.Start..end]);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var kept = _corpusCandidatesEnd;
        for (var k = _corpusCandidatesEnd; k < count; k++)
        {
            var candidate = _candidates[k];
            if (!(IsReadAlone(candidate) && lookup.Contains(_text.AsSpan(candidate.Start, candidate.Length))))
            {
                _candidates[kept++] = candidate;
            }
        }

        _candidates.RemoveRange(kept, count - kept);
    }

    /// <summary>Whether <paramref name="candidate"/> is a person read from the characters or the lexicon alone, with no context for it.</summary>
    private static bool IsReadAlone(Candidate candidate) => candidate.Type == EntityType.Person && candidate.Confidence <= Confidence.Lexicon;

    /// <summary>Suffixes of a firm's name, whose first word news text uses alone for the firm (see <see cref="DropFirmShortNames"/>).</summary>
    private static readonly WordSet FirmSuffixes = new("公司|集团");

    /// <summary>
    /// Whether the candidate at <paramref name="index"/> is one of the corpus gazetteer's names. Grammars that build
    /// on earlier candidates skip those, so what they propose does not depend on the corpus gazetteer and one scan of
    /// a text serves every gazetteer (see <see cref="EntityScan"/>).
    /// </summary>
    private bool IsCorpusGazetteerName(int index) => index >= CorpusCandidatesAt && index < _corpusCandidatesEnd;

    private void Add(int start, int end, EntityType type, Confidence confidence, int titleGroup = -1)
    {
        if (start >= 0 && end > start && end <= _text.Length)
        {
            _candidates.Add(new Candidate(start, end, type, confidence, titleGroup));
        }
    }

    private void ScanWorks()
    {
        for (var open = _text.IndexOf('《'); open >= 0; open = _text.IndexOf('《', open + 1))
        {
            var depth = 0;
            for (var i = open + 1; i < _text.Length && i - open <= MaxWorkLength && _text[i] != '\n'; i++)
            {
                if (_text[i] == '《')
                {
                    depth++;
                }
                else if (_text[i] == '》')
                {
                    if (depth-- == 0)
                    {
                        // A title that is exactly a name the user listed (《人民日报》 listed as an organisation) is
                        // that name: the user's word for what it is beats the quotes.
                        if (!_user.TryGetType(_text.AsSpan(open + 1, i - open - 1), out _))
                        {
                            Add(open + 1, i, EntityType.Work, Confidence.Quoted);
                        }

                        break;
                    }
                }
            }
        }
    }

    [GeneratedRegex(
        @"(?:中共|共青团)?(?:全国人大|全国政协|区委|市委|省委|县委|区人大|市人大|省人大|县人大|区政协|市政协|省政协|县政协|党的)?(?:第?[一二三四五六七八九十]+届(?:人大|政协|全国人大)?(?:常委会)?(?:第?[一二三四五六七八九十]+次|(?:[一二三四五六七八九十]+中)+)|第[一二三四五六七八九十百]+次)(?:全体（扩大）会议|全体\(扩大\)会议|全体会议|全会|会议|代表大会|常委会会议|主任会议)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPattern();

    private void ScanMeetings()
    {
        // Every meeting names its session (届) or its number (第…次): skip the pattern where neither can match.
        if (_text.AsSpan().IndexOfAny('届', '次') < 0)
        {
            return;
        }

        foreach (var match in MeetingPattern().EnumerateMatches(_text))
        {
            var start = match.Index;

            // A meeting of a named body takes the body's name: 魏都区第二十二次代表大会.
            if (start > 0 && _text[start] == '第')
            {
                var body = ExtendBodyLeft(start, MaxOrganizationBody);
                if (body == start)
                {
                    continue;
                }

                start = body;
            }

            Add(start, match.Index + match.Length, EntityType.Meeting, Confidence.Context);
        }
    }

    private void ScanGazetteer(Gazetteer gazetteer, Confidence confidence)
    {
        if (gazetteer.Entries.IsEmpty)
        {
            return;
        }

        // Every entry that matches is a candidate: a person inside a longer misread name must be able to win.
        var text = _text.AsSpan();
        for (var i = gazetteer.NextMayStart(text, 0); i < text.Length; i = gazetteer.NextMayStart(text, i + 1))
        {
            foreach (var index in gazetteer.MatchesAt(text[i..]))
            {
                // A person the corpus found elsewhere is no person inside a listed place (维亚 in 塞尔维亚) or inside a
                // longer foreign name (拉塔 in 沙米拉塔里都), and one of two characters (a given name alone, 和生 of 陈和生)
                // none where a word runs across either edge (光学和生物).
                var entry = gazetteer.Entries[index];
                var end = i + entry.Text.Length;
                if (confidence != Confidence.Corpus || entry.Type != EntityType.Person
                    || !(IsInsideListedPlace(i, end) || IsInsideForeignRun(i, end) || (entry.Text.Length == 2 && (CrossesWordAtStart(i, end) || CrossesWordAtEnd(i, end)))))
                {
                    Add(i, end, entry.Type, confidence);
                }
            }
        }
    }

    private void ScanKnownPlaces()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.KnownNames, 0); i < text.Length; i = NextAt(Gate.KnownNames, i + 1))
        {
            if (!NameModel.IsHan(text[i]))
            {
                continue;
            }

            var place = LongestPrefixAt(StartList.KnownPlaces, i);
            var body = LongestPrefixAt(StartList.KnownOrganizations, i);
            body = body > 0 && RunsIntoWord(i, i + body) ? 0 : body;
            place = place > body && (IsInsideWordFromLeft(i, i + place) || IsPartOfDirection(i, i + place) || (Grammar.CelestialBodies.Contains(text.Slice(i, place)) && RunsIntoWord(i, i + place))) ? 0 : place;
            if (place > 0 || body > 0)
            {
                Add(i, i + Math.Max(place, body), body > place ? EntityType.Organization : EntityType.Location, Confidence.Corpus);
                i += Math.Max(place, body) - 1;
            }
        }
    }

    /// <summary>
    /// Whether a word the lexicon lists begins before [start, end) and covers it, and the last character of the name
    /// begins a word with the next: 中国 in 发展中国家 (国家), 美国 in 南美国家, but not 地球 in 人造地球卫星.
    /// </summary>
    private bool IsInsideWordFromLeft(int start, int end)
    {
        if (end == _text.Length || !_lexicon.IsWord(_text.AsSpan(end - 1, 2)))
        {
            return false;
        }

        for (var wordStart = Math.Max(0, start - 3); wordStart < start; wordStart++)
        {
            for (var wordEnd = end; wordEnd <= Math.Min(_text.Length, end + 2); wordEnd++)
            {
                if (_lexicon.IsWord(_text.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a region named by two directions at [start, end) is the part of a place it points to, before 部 (西北 in
    /// 美国西北部, 中南 in 华北中南部): a part of the place before it, not the region.
    /// </summary>
    private bool IsPartOfDirection(int start, int end) =>
        end - start == 2 && end < _text.Length && _text[end] == '部' && IsDirection(_text[start]) && IsDirection(_text[start + 1]);

    private static bool IsDirection(char c) => c is '东' or '南' or '西' or '北' or '中';

    /// <summary>The longest name the lexicon lists at each position (see <see cref="LexiconNames"/>).</summary>
    private void ScanLexiconNames()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.LexiconNames, 0); i < text.Length; i = NextAt(Gate.LexiconNames, i + 1))
        {
            if (!NameModel.IsHan(text[i]))
            {
                continue;
            }

            // A two-character name after a common surname is more often a given name (胡五岳, 黄中阳) than a place, and a
            // name whose first character ends a word is no name there (深发展 in 纵深发展).
            var length = LexiconNames.LongestAt(text[i..], out var type);
            if (length > 0 && i > 0 && ((length == 2 && NameModel.IsCommonSurname(text[i - 1])) || (length < 4 && _lexicon.IsWord(text.Slice(i - 1, 2)))))
            {
                continue;
            }

            // jieba tags many foreign places nr (图卢兹): after 在 or 抵达 the name is the place's.
            if (length > 0 && !(type == EntityType.Organization && RunsIntoWord(i, i + length)) && !(type == EntityType.Person && (IsPlaceContext(i) || StartsLongerWord(i, i + length, evenName: true) || NamesVessel(i, i + length) || IsFirstDottedPart(i + length) || EndsListOfPlaces(i + length) || BeforeNumberedThing(i + length) || BeforeInstitution(i + length) || IsCountedThing(i)))
                && !(type == EntityType.Location && (IsInsideWordFromLeft(i, i + length) || IsPartOfDirection(i, i + length))))
            {
                Add(i, i + length, type, Confidence.Lexicon);
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// Countries and cities abbreviated to one character, as newswire writes them: 中美两国, 中方, 俄总统, 访华, 在京.
    /// A run of two or more country abbreviations is a run of places (中美, 日俄); so is one before 方, 军 or a head of
    /// state, one after a verb of travel or 对 (访美, 对华), and 俄 alone; in each case only when the characters make
    /// no other word there (see <see cref="IsAbbreviation"/>).
    /// </summary>
    private void ScanAbbreviations()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.Abbreviations, 0); i < text.Length; i = NextAt(Gate.Abbreviations, i + 1))
        {
            var c = text[i];

            // 黄淮 and 江淮 are two rivers' regions, unless they begin a longer place (黄淮海平原).
            if (LongestPrefixAt(StartList.RiverPairs, i) > 0 && !_lexicon.StartsWord(_text, i + 1) && !(i + 3 <= text.Length && _lexicon.IsWord(text.Slice(i, 3))))
            {
                Add(i, i + 1, EntityType.Location, Confidence.Cue);
                Add(i + 1, i + 2, EntityType.Location, Confidence.Cue);
                i++;
                continue;
            }

            var country = IsCountryAbbreviation(c);
            var region = Grammar.RegionAbbreviations.Contains(c);
            if (!country && !region && !Grammar.CityAbbreviations.Contains(c))
            {
                continue;
            }

            // Pairs the lexicon lists as places (青藏, 欧美, 中非) are two places, as newswire writes them.
            if (IsAbbreviationPair(i))
            {
                Add(i, i + 1, EntityType.Location, Confidence.Cue);
                Add(i + 1, i + 2, EntityType.Location, Confidence.Cue);
                i++;
                continue;
            }

            var end = i + 1;
            while (country && end < text.Length && end - i < 4 && IsCountryAbbreviation(text[end]))
            {
                end++;
            }

            // A paired abbreviation is a place only beside one other country's (巴以, 埃中), in no common word (加以)
            // and before no number (中以2∶0), or alone before a head of state or a side that begins no longer word
            // (以总理, 叙总统, 以方坚持; not 以方便).
            if (HasPairedAbbreviation(text[i..end]) && !(end == i + 1 && IsPairedHeadAt(end))
                && (end - i != 2 || !HasCoreAbbreviation(text[i..end]) || (_lexicon.TryGetWord(text[i..end], out var frequency, out _) && frequency >= CommonWordFrequency)
                    || (end < text.Length && char.IsDigit(text[end]))))
            {
                continue;
            }

            // The last of three abbreviations may begin the next word (中美 + 加强), and so may a paired one after one
            // other (访美 + 以后).
            if (end < text.Length && _lexicon.IsWord(text.Slice(end - 1, 2)) && (end - i > 2 || (end - i == 2 && Grammar.PairedCountryAbbreviations.Contains(text[end - 1]))))
            {
                end--;
            }

            var afterVerb = i > 0 && Grammar.TravelVerbs.Contains(text[i - 1]);
            var side = country && end == i + 1 && Grammar.AbbreviationHeads.LongestPrefix(text[end..]) > 0;
            if (!(afterVerb || side || (country && (end - i >= 2 || c == '俄'))))
            {
                i = end - 1;
                continue;
            }

            if (!IsAbbreviation(i, end, afterVerb, side))
            {
                continue;
            }

            for (var k = i; k < end; k++)
            {
                Add(k, k + 1, EntityType.Location, Confidence.Cue);
            }

            i = end - 1;
        }

        ScanRepeatedPlaceAbbreviations();
    }

    /// <summary>Whether a head of a paired abbreviation (总理, 方) begins at <paramref name="position"/> and no longer word begins there.</summary>
    private bool IsPairedHeadAt(int position)
    {
        var head = Grammar.PairedAbbreviationHeads.LongestPrefix(_text.AsSpan(position));
        if (head == 0)
        {
            return false;
        }

        for (var length = head + 1; length <= _lexicon.MaxWordLength && position + length <= _text.Length; length++)
        {
            if (_lexicon.IsWord(_text.AsSpan(position, length)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the two characters at <paramref name="start"/> are a place word the lexicon lists made of two abbreviations (青藏, 中美, 亚非).</summary>
    private bool IsAbbreviationPair(int start) =>
        start + 2 <= _text.Length && IsAbbreviationCharacter(_text[start + 1]) && !Grammar.NotAbbreviationPairs.Contains(_text.AsSpan(start, 2))
        && _lexicon.TryGetWord(_text.AsSpan(start, 2), out _, out var tag) && tag == "ns"
        && (start + 2 == _text.Length || !_lexicon.IsWord(_text.AsSpan(start + 1, 2)));

    private static bool IsCountryAbbreviation(char c) => Grammar.CountryAbbreviations.Contains(c) || Grammar.PairedCountryAbbreviations.Contains(c);

    /// <summary>Whether the run holds a paired abbreviation (以 in 巴以).</summary>
    private static bool HasPairedAbbreviation(ReadOnlySpan<char> run) => CountPaired(run) > 0;

    /// <summary>Whether the run holds an abbreviation that is no paired one (巴 in 巴以).</summary>
    private static bool HasCoreAbbreviation(ReadOnlySpan<char> run) => CountPaired(run) < run.Length;

    private static int CountPaired(ReadOnlySpan<char> run)
    {
        var count = 0;
        foreach (var c in run)
        {
            count += Grammar.PairedCountryAbbreviations.Contains(c) ? 1 : 0;
        }

        return count;
    }

    private static bool IsAbbreviationCharacter(char c) =>
        Grammar.CountryAbbreviations.Contains(c) || Grammar.RegionAbbreviations.Contains(c) || Grammar.CityAbbreviations.Contains(c);

    /// <summary>
    /// Whether the run [start, end) of abbreviations is not part of a word. The lexicon lists some runs (中美, 中日),
    /// visits (访华) and sides (中方) as words, which are what they seem; a word begun by a single character (中国,
    /// 京剧, 华侨; but of 俄 only 俄罗斯 and its kin, since 俄总统 is listed too), or made with the characters around
    /// the run (其中方, 愿意加强), says the characters mean something else.
    /// </summary>
    private bool IsAbbreviation(int start, int end, bool afterVerb, bool side)
    {
        var text = _text.AsSpan();
        if (!afterVerb && start > 0 && _lexicon.IsWord(text.Slice(start - 1, 2)))
        {
            return false;
        }

        if (end - start >= 2)
        {
            // A word the last one makes with the next character is read only when no word starts after the run: 美中
            // + 关系, 美中 + 经贸, and 中美 + 加强 (美加 is a pair of abbreviations itself) are runs.
            return end == text.Length || !_lexicon.IsWord(text.Slice(end - 1, 2)) || Grammar.CountryAbbreviations.Contains(text[end])
                || _lexicon.StartsWord(_text, end);
        }

        if (text[start] == '俄')
        {
            return Grammar.RussiaWords.LongestPrefix(text[start..]) == 0;
        }

        // After a verb of travel, a word the place begins is read only when no word starts after it (驻华 + 大使).
        return side ? start + 3 > text.Length || !_lexicon.IsWord(text.Slice(start, 3))
            : !_lexicon.StartsWord(_text, start) || (afterVerb && _lexicon.StartsWord(_text, start + 1));
    }

    /// <summary>Finds every post, and returns the chains of posts joined by 、 or 兼, each as its posts' spans.</summary>
    private List<List<(int Start, int End)>> ScanPosts()
    {
        var chains = new List<List<(int Start, int End)>>();
        List<(int Start, int End)>? chain = null;
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.PostHeads, 0); i < text.Length; i = NextAt(Gate.PostHeads, i + 1))
        {
            if (!NameModel.IsHan(text[i]) || LongestPrefixAt(StartList.PostHeadBlockers, i) > 0)
            {
                continue;
            }

            var head = LongestPrefixAt(StartList.PostHeads, i);
            if (head == 0)
            {
                continue;
            }

            var start = ExtendPostLeft(i);
            var end = i + head;
            _postUnits.Add((_candidates.Count, i + HeadUnitLength(i, head)));
            Add(start, end, EntityType.Title, Confidence.Context);
            if (chain is not null && chain[^1].End + 1 == start && text[start - 1] is '、' or '兼')
            {
                chain.Add((start, end));
            }
            else
            {
                chain = [(start, end)];
                chains.Add(chain);
            }

            i = end - 1;
        }

        return chains;
    }

    /// <summary>
    /// Extends a post head left over the units that qualify it. A unit naming a level of government (区委, 市政府)
    /// is kept only at a boundary, so that 魏都区人民政府区长 yields 区长 and leaves the organisation to its grammar.
    /// </summary>
    private int ExtendPostLeft(int headStart)
    {
        var units = new List<(int Start, bool Level)>();
        var j = headStart;
        while (j > 0)
        {
            var prefix = _text.AsSpan(0, j);
            var post = Grammar.PostUnits.LongestSuffix(prefix);
            var level = Grammar.LevelUnits.LongestSuffix(prefix);
            if (post == 0 && level == 0)
            {
                break;
            }

            var isLevel = level > post;
            j -= Math.Max(post, level);
            units.Add((j, isLevel));
        }

        // units run from the head leftwards; drop level units from the far end while they are not at a boundary.
        var keep = units.Count;
        while (keep > 0 && units[keep - 1].Level && units[keep - 1].Start > 0 && NameModel.IsHan(_text[units[keep - 1].Start - 1]))
        {
            keep--;
        }

        return keep == 0 ? headStart : units[keep - 1].Start;
    }

    private void ScanNamesAfterPosts(List<List<(int Start, int End)>> chains)
    {
        foreach (var chain in chains)
        {
            var end = chain[^1].End;
            // A foreign name after its post: 总理基里延科, 总统克林顿, and 斯捷帕申, which begins like a Chinese name.
            var length = PreferForeignName(end, ParseName(end, afterContext: true));
            length = length > 0 ? length + DashedPartLength(end + length) : WordlessNameAfterContext(end);
            if (length > 0)
            {
                AddPerson(end, end + length, Confidence.Context, chain);
                continue;
            }

            // A name printed before its post: 王国生书记, 习近平总书记 (a bare post, a boundary before the name, no word in it).
            var first = chain[0];
            if (Grammar.PostsAfterNames.Contains(_text.AsSpan(first.Start, first.End - first.Start)))
            {
                foreach (var nameLength in (ReadOnlySpan<int>)[3, 2])
                {
                    var start = first.Start - nameLength;
                    // At a clause's head a rare surname the lexicon tags alone a function word is that word (由周主任委员),
                    // as the statistical scan reads it everywhere.
                    if (start >= 0 && (start == 0 || !NameModel.IsHan(_text[start - 1])) && !IsFunctionSurname(_text[start])
                        && ParseName(start, afterContext: true) == nameLength
                        && !_lexicon.IsWord(_text.AsSpan(start, nameLength)) && NameModel.GivenScore(_text[start + 1]) >= MinFirstGivenScore)
                    {
                        AddPerson(start, first.Start, Confidence.Cue, chain);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The length of the name that a post or a role vouches for at <paramref name="start"/>, given the Chinese parse's
    /// <paramref name="chinese"/>: a run of transliteration characters longer than three that is longer than the Chinese
    /// reading wins over it (部长马尔蒂诺夫, which begins like a Chinese name; with a character the transliteration scores
    /// lack before 是, see <see cref="ContinueBeforeCopula"/>), and takes a character it would leave alone
    /// before 、 (特别代表沙米拉塔里都、: an adverb or a verb alone ends no list's item, so the character the
    /// transliteration scores do not list is the name's last), unless that is a localizer (顾问马尔蒂诺夫后、).
    /// </summary>
    private int PreferForeignName(int start, int chinese)
    {
        var foreign = ContinueBeforeCopula(start, TransliteratedLength(start));
        if (chinese > 0 && !(foreign > 3 && foreign > chinese))
        {
            return chinese;
        }

        var end = start + foreign;
        return foreign > 0 && end + 1 < _text.Length && _text[end + 1] == '、' && StrandsCharacter(end) && !IsLocalizer(end) ? foreign + 1 : foreign;
    }

    /// <summary>
    /// The length of a foreign name that a post or a role vouches for, whose run of <paramref name="foreign"/>
    /// transliteration characters at <paramref name="start"/> stops at a character the transliteration scores do not
    /// list (申 is in two of jieba's transliterated names): the name takes it when 是 follows it, the copula whose
    /// subject the name is (部长斯捷帕申是), the run is no word the lexicon lists (总统克林顿派), and the character makes
    /// no word with 是 (总是) and is no function word, pronoun, localizer, numeral, measure or time word alone
    /// (马尔蒂诺夫后是否).
    /// </summary>
    private int ContinueBeforeCopula(int start, int foreign)
    {
        var position = start + foreign;
        return foreign >= 2 && position + 1 < _text.Length && _text[position + 1] == '是' && NameModel.IsHan(_text[position]) && !TransliterationModel.IsTransliteration(_text[position])
            && CharacterTag(_text[position]) is not ['c' or 'p' or 'd' or 'u' or 'r' or 'f' or 'm' or 'q' or 't', ..]
            && !_lexicon.IsWord(_text.AsSpan(start, foreign)) && !_lexicon.IsWord(_text.AsSpan(position, 2))
            ? foreign + 1 : foreign;
    }

    /// <summary>The length of a run of two to eight transliteration characters at <paramref name="start"/> that is no common word, or 0.</summary>
    private int TransliteratedLength(int start)
    {
        var end = start;
        while (end < _text.Length && end - start < MaxTransliteratedPart && TransliterationModel.IsTransliteration(_text[end]))
        {
            end++;
        }

        if (end < _text.Length && TransliterationModel.IsTransliteration(_text[end]))
        {
            return 0;
        }

        // A last character that begins a word with the next one is that word's: 鲁宾上周 is 鲁宾 and 上周.
        if (end - start > 2 && BeginsWord(end - 1))
        {
            end--;
        }

        // After a post a listed foreign name is the name (总理科尔), though jieba counts it among common words, and so is
        // one it tags a proper noun of another kind (nz: 7号穆勒) or a place it does not know as one (领袖巴拉克).
        var length = end - start;
        var run = _text.AsSpan(start, Math.Max(length, 0));
        var placeTagged = length >= 2 && IsPersonTaggedPlace(start, end);
        return length >= 2 && (!IsCommonWord(run, allowNames: true) || (_lexicon.TryGetWord(run, out _, out var tag) && tag == "nz") || placeTagged)
            && (placeTagged || !LexiconNames.Is(run, EntityType.Location)) ? length : 0;
    }

    private void AddPerson(int start, int end, Confidence confidence, List<(int Start, int End)>? posts)
    {
        var group = -1;
        if (posts is { Count: > 0 })
        {
            group = _titleGroups.Count;
            _titleGroups.Add(posts.Select(p => _text[p.Start..p.End]).ToArray());
        }

        Add(start, end, EntityType.Person, confidence, group);
    }

    /// <summary>
    /// Whether the abbreviation grammar read the two characters at <paramref name="position"/> as places (记者：印巴两国间):
    /// a list opened by a reporter's label holds no name there.
    /// </summary>
    private bool StartsAbbreviations(int position)
    {
        var edges = IndexEdges().Places;
        return position + 1 < edges.Length && (edges[position] & (byte)PlaceEdge.OneCharacterStart) != 0 && (edges[position + 1] & (byte)PlaceEdge.OneCharacterStart) != 0;
    }

    [Flags]
    private enum PlaceEdge : byte
    {
        End = 1,
        Start = 2,
        OneCharacterStart = 4,
    }

    /// <summary>Indexes the places and sure persons added since the last call (see <see cref="_placeEdges"/>).</summary>
    private (byte[] Places, int[] PersonEnds) IndexEdges()
    {
        _placeEdges ??= new byte[_text.Length + 1];
        _surePersonEnds ??= new int[_text.Length + 1];
        for (; _edgesIndexed < _candidates.Count; _edgesIndexed++)
        {
            var candidate = _candidates[_edgesIndexed];
            if (IsCorpusGazetteerName(_edgesIndexed))
            {
                continue;
            }

            if (candidate.Type == EntityType.Location)
            {
                _placeEdges[candidate.End] |= (byte)PlaceEdge.End;
                _placeEdges[candidate.Start] |= (byte)(candidate.Length == 1 ? PlaceEdge.Start | PlaceEdge.OneCharacterStart : PlaceEdge.Start);
            }
            else if (candidate.Type == EntityType.Person && candidate.Confidence >= Confidence.Cue)
            {
                _surePersonEnds[candidate.Start] = Math.Max(_surePersonEnds[candidate.Start], candidate.End);
            }
        }

        return (_placeEdges, _surePersonEnds);
    }

    private void ScanNameLists()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.ListOpeners, 0); i < text.Length; i = NextAt(Gate.ListOpeners, i + 1))
        {
            var opener = LongestPrefixAt(StartList.ListOpeners, i);
            if (opener == 0)
            {
                continue;
            }

            var position = i + opener;
            if (Grammar.NotListed.LongestPrefix(text[position..]) > 0)
            {
                i = position - 1;
                continue;
            }

            if (position < text.Length && text[position] is '：' or ':')
            {
                position++;
            }

            while (position < text.Length)
            {
                var posts = new List<(int Start, int End)>();
                var head = Grammar.PostHeads.LongestPrefix(text[position..]);
                while (head > 0)
                {
                    posts.Add((position, position + head));
                    position += head;
                    if (position < text.Length && text[position] is '、')
                    {
                        var next = Grammar.PostHeads.LongestPrefix(text[(position + 1)..]);
                        if (next > 0)
                        {
                            position++;
                            head = next;
                            continue;
                        }
                    }

                    head = 0;
                }

                var length = StartsAbbreviations(position) ? 0 : ParseName(position, afterContext: true);
                if (length == 0)
                {
                    break;
                }

                AddPerson(position, position + length, Confidence.Context, posts.Count > 0 ? posts : null);
                position += length;
                if (position < text.Length && text[position] is '、' or '和' or '及')
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            i = position - 1;
        }
    }

    /// <summary>Names before 同志 and 家中, which only a person has.</summary>
    private void ScanPersonCues()
    {
        foreach (var cue in (ReadOnlySpan<string>)["同志", "家中", "先生", "女士"])
        {
            for (var q = _text.IndexOf(cue, StringComparison.Ordinal); q >= 0; q = _text.IndexOf(cue, q + 1, StringComparison.Ordinal))
            {
                foreach (var length in (ReadOnlySpan<int>)[3, 2])
                {
                    var start = q - length;
                    if (start < 0 || ParseName(start, afterContext: true) != length || CrossesWordAt(start))
                    {
                        continue;
                    }

                    // A two-character name must not be the tail of a longer word (办公室同志 is no 公室).
                    if (length == 2 && start > 0 && NameModel.IsHan(_text[start - 1]) && NameModel.GivenScore(_text[start + 1]) < 1)
                    {
                        continue;
                    }

                    AddPerson(start, q, Confidence.Cue, null);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the character at <paramref name="position"/> continues a part of a name written with a middle dot, read
    /// away from the dot towards <paramref name="next"/>: a transliteration character, or, when a transliteration
    /// character comes after it, any Chinese character right beside the dot (士 in 汤姆士, 史 in 史达福) or, after the
    /// first dot (<paramref name="inside"/>), one that spells foreign names now and then (尚 in 迪尚德); before the
    /// first dot such a character more often ends what stands before the name (荷兰人 | 维姆).
    /// </summary>
    private bool ExtendsDottedPart(int position, int next, bool besideDot, bool inside)
    {
        var c = _text[position];
        return TransliterationModel.IsTransliteration(c)
            || (NameModel.IsHan(c) && next >= 0 && next < _text.Length && TransliterationModel.IsTransliteration(_text[next])
                && (besideDot || (inside && TransliterationModel.Score(c) > MinDottedNameCharacterScore)));
    }

    /// <summary>
    /// Where the first part of a dotted name begins when a post or a role ends right before it, whatever its characters
    /// (会长差猜·春哈旺: the transliteration table lacks 差 and 猜): two to four Chinese characters before the dot that hold
    /// no common word (jieba lists 差猜 as a rare verb); else <paramref name="dot"/>.
    /// </summary>
    private int DottedPartAfterContext(int dot)
    {
        for (var start = dot - 2; start >= Math.Max(1, dot - 4) && NameModel.IsHan(_text[start]) && NameModel.IsHan(_text[start + 1]); start--)
        {
            var before = _text.AsSpan(0, start);
            if (Grammar.PostHeads.LongestSuffix(before) > 0 || PersonRoles.LongestSuffix(before) > 0)
            {
                return HoldsCommonWord(start, dot) ? dot : start;
            }
        }

        return dot;
    }

    /// <summary>Whether a common word of two or more characters lies inside [start, end).</summary>
    private bool HoldsCommonWord(int start, int end)
    {
        for (var wordStart = start; wordStart < end - 1; wordStart++)
        {
            for (var wordEnd = wordStart + 2; wordEnd <= Math.Min(end, wordStart + _lexicon.MaxWordLength); wordEnd++)
            {
                if (IsCommonWord(_text.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Foreign names written with a middle dot between transliterated parts: 卡洛斯·阿马特, 鲍里斯·贝克尔.</summary>
    private void ScanTransliteratedNames()
    {
        for (var dot = _text.IndexOfAny(MiddleDots); dot >= 0; dot = _text.IndexOfAny(MiddleDots, dot + 1))
        {
            var start = dot;
            while (start > 0 && dot - start < MaxTransliteratedPart && ExtendsDottedPart(start - 1, start - 2, start == dot, inside: false))
            {
                start--;
            }

            start = Math.Min(start, DottedPartAfterContext(dot));

            var end = dot + 1;
            while (end < _text.Length && (MiddleDots.Contains(_text[end]) ? end + 1 < _text.Length && ExtendsDottedPart(end + 1, end + 2, true, inside: true) : ExtendsDottedPart(end, end + 1, MiddleDots.Contains(_text[end - 1]), inside: true)))
            {
                end++;
            }

            // A part of one character after the last dot that begins a word of two is that word (拉·甘地: 地 spells no
            // foreign name alone, but 甘地 is one).
            if (end - dot >= 2 && MiddleDots.Contains(_text[end - 2]) && end < _text.Length && _lexicon.IsWord(_text.AsSpan(end - 1, 2)))
            {
                end++;
            }

            // A last character that begins a word with the next one is that word's: 科菲·安南希望 is 科菲·安南; not when the
            // next one begins a word of its own (圭尼贡多 | 日前).
            if (end - dot > 2 && BeginsWord(end - 1) && !BeginsWord(end))
            {
                end--;
            }

            // A dotted name before an organisation's or a place's suffix names the body or the place (乔治·梅森大学,
            // 葛兰素·威康公司, 尼·伯尔切斯库镇).
            if (start < dot && end > dot + 1 && Grammar.OrganizationSuffixes.LongestPrefix(_text.AsSpan(end)) < 2
                && Grammar.LocationSuffixes.LongestPrefix(_text.AsSpan(end)) == 0)
            {
                Add(start, end, EntityType.Person, Confidence.Cue);
                dot = end - 1;
            }
        }
    }

    /// <summary>
    /// The length of the personal name at <paramref name="start"/>, or 0. After a post or in a list the context
    /// already says a name is there, so only its length is decided: two characters when the third starts a word that
    /// follows names (陪同, 出席) or is rarely in a given name, else three. Without context the first given character
    /// must itself be name-like.
    /// </summary>
    private int ParseName(int start, bool afterContext)
    {
        var text = _text.AsSpan(start);
        var known = KnownPersonLength(text, withCorpus: afterContext);
        if (known > 0)
        {
            return known;
        }

        var japanese = JapaneseNameLength(start, afterContext);
        if (japanese > 0)
        {
            return japanese;
        }

        // A two-character follower right after the surname (张陪同) leaves no given name; a one-character one may
        // begin it (丁同民).
        // A rare surname that is also a function word (和 in 校长和夫人) is the function word.
        var surname = NameModel.SurnameLength(text);
        if (surname == 1 && !NameModel.IsCommonSurname(text[0]) && Grammar.NameFollowers.LongestPrefix(text[..1]) == 1)
        {
            return 0;
        }

        if (surname == 0 || text.Length <= surname || !NameModel.IsHan(text[surname]) || StartsFollower(text[surname..], minLength: 2)
            || StartsHonorific(start + surname))
        {
            return 0;
        }

        if (!afterContext && NameModel.GivenScore(text[surname]) < MinStatisticalFirstGivenScore)
        {
            return 0;
        }

        // The name ends at two characters before a word that follows names, or a character seldom in names (的, 是);
        // a character too rare to have a score (彬) may still end a name.
        var second = surname + 1;
        var length = text.Length <= second || !NameModel.IsHan(text[second]) || StartsFollower(text[second..])
            || (NameModel.TryGetGivenScore(text[second], out var secondScore) && secondScore < MinSecondGivenScore) || IsAspectParticle(text[second])
            || ((afterContext || NameModel.GivenScore(text[surname]) >= MinShortGivenScore) && EndsBeforeWord(text, second)) ? surname + 1 : surname + 2;

        // Context says a name is here, but 强调 after 书记 is a word, and so is 班子 in 常委班子召开.
        // After context a two-character nr word is the name it looks like (贺龙同志); without, it is often a word (文明).
        // A surname and a character that make a time word before a time morpheme (周二 + 晚表示) are a time, not a name;
        // before another character the name stands (宋朝弟).
        if (IsCommonWord(text[..length], allowNames: afterContext) || (length == surname + 2 && IsCommonWord(text[..(surname + 1)])
            && (_lexicon.StartsWord(_text, start + length - 1) || (IsTimeWord(text[..(surname + 1)]) && IsTimeWord(text.Slice(surname + 1, 1))))))
        {
            return 0;
        }

        // A surname and a character that name a body together are that body (区 and 委 in 区委张书记, 夏普四). Without
        // context only where a known body may begin: the statistical scan asks at every surname.
        return surname == 1 && (afterContext || MayOpen(Gate.KnownNames, start)) && IsListedBody(text[..2]) ? 0 : length;
    }

    /// <summary>Whether the lexicon tags <paramref name="word"/> a time word or, alone, a time morpheme (周二, 宋朝; 晚).</summary>
    private bool IsTimeWord(ReadOnlySpan<char> word) => _lexicon.TryGetWord(word, out _, out var tag) && tag is "t" or "tg";

    /// <summary>
    /// Whether the lexicon tags <paramref name="c"/> alone a structural or aspect particle (地, 得, 着, 过, 了: the tags
    /// ud, ug, uj, ul, uv, uz), which ends the words before it (满意地, 商量过) and no given name.
    /// </summary>
    private bool IsAspectParticle(char c) => CharacterTag(c) is ['u', _];

    /// <summary>
    /// Whether the character at <paramref name="position"/> of <paramref name="text"/> begins a common word with the
    /// next one and is seldom in given names, so that the name ends before it: 薛原报道, 吴宓先生, 尹莉明白. Without
    /// context only a given character that is itself name-like (莉, not 清 in 魏清污泥) makes a name so short; and a
    /// word that follows names after the third character (楚文选出席) says the name ends there instead.
    /// </summary>
    private bool EndsBeforeWord(ReadOnlySpan<char> text, int position) =>
        position + 1 < text.Length && NameModel.GivenScore(text[position]) < MaxWordStartGivenScore && IsCommonWord(text.Slice(position, 2))
        && !StartsFollower(text[(position + 1)..]);

    /// <summary>
    /// A frequent word that is no name; jieba tags many ordinary two-character words nr (文明, 许昌), so only longer nr
    /// words are spared, and two-character ones of a common surname and a given character far more usual in names (李鹏).
    /// Where context says a name is there (<paramref name="allowNames"/>), so is a two-character word of a surname, common
    /// or rare, that jieba tags a place but the lexicon's places leave out (罗干, 巴金家中), and a three-character word of
    /// a common surname that it tags a proper noun of another kind (nz: 总书记金正日), or a common noun (n) whose surname
    /// and given name are no words (副院长林兆枢: jieba lists a few persons so).
    /// </summary>
    private bool IsCommonWord(ReadOnlySpan<char> word, bool allowNames = false) =>
        _lexicon.TryGetWord(word, out var frequency, out var tag) && frequency >= CommonWordFrequency
        && (!tag.StartsWith("nr", StringComparison.Ordinal) || (word.Length < 3 && !allowNames && !IsNameLikeWord(word)))
        && !(allowNames && tag == "ns" && word.Length == 2 && NameModel.SurnameLength(word) == 1 && !LexiconNames.Is(word, EntityType.Location))
        && !(allowNames && tag == "nz" && word.Length == 3 && NameModel.IsCommonSurname(word[0]))
        && !(allowNames && tag == "n" && word.Length == 3 && NameModel.SurnameLength(word) == 1 && !_lexicon.IsWord(word[1..]) && !_lexicon.IsWord(word[..2]));

    private static bool IsNameLikeWord(ReadOnlySpan<char> word) =>
        word.Length == 2 && NameModel.IsCommonSurname(word[0]) && NameModel.GivenScore(word[1]) >= MinNameLikeGivenScore;

    /// <summary>
    /// Whether the character before <paramref name="start"/> is a function word standing alone (的, 了, 从, 把, 由),
    /// which bounds a name on the left as punctuation does.
    /// </summary>
    /// <remarks>The character's own tag first: few characters are function words, and it is one step of the lexicon's walk.</remarks>
    private bool FollowsFunctionWord(int start) =>
        start > 0 && _lexicon.TryGetWord(_text.AsSpan(start - 1, 1), out _, out var tag) && tag.Length > 0 && LeftBoundaryTags.Contains(tag[0])
        && !_lexicon.IsWord(_text.AsSpan(start - 1, 2)) && (start < 2 || !_lexicon.IsWord(_text.AsSpan(start - 2, 2)));

    /// <summary>
    /// The length of a name that starts <paramref name="text"/> as a gazetteer lists it, or as the lexicon does (a
    /// three-character nr word with a common surname). The corpus gazetteer is asked only <paramref name="withCorpus"/>,
    /// where context says a name is there: without context its names are proposed whole by the gazetteer scan anyway,
    /// and a name it knows read into the context-free parse would make every text holding one read differently with a
    /// corpus gazetteer than without, so that tagging it against that gazetteer would scan it again.
    /// </summary>
    private int KnownPersonLength(ReadOnlySpan<char> text, bool withCorpus)
    {
        // jieba also lists a surname and an honorific (王小姐) as a name.
        if (text.Length >= 3 && NameModel.IsCommonSurname(text[0]) && IsListedPersonWord(text[..3])
            && PersonHonorifics.LongestPrefix(text[1..]) == 0)
        {
            return 3;
        }

        // The longest person listed, as a reader would take 张书杰 over 张书.
        var length = 0;
        foreach (var gazetteer in withCorpus ? (ReadOnlySpan<Gazetteer>)[_user, _corpus] : [_user])
        {
            foreach (var index in gazetteer.MatchesAt(text))
            {
                var entry = gazetteer.Entries[index];
                length = entry.Type == EntityType.Person ? entry.Text.Length : length;
            }

            if (length > 0)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the lexicon lists <paramref name="word"/> as a person's name (nr), or lists it as a word of another
    /// kind that is no noun, place or numeral but whose given name it lists as a name: jieba tags 周恩来 a time (t)
    /// for its 来, and 恩来 a name.
    /// </summary>
    private bool IsListedPersonWord(ReadOnlySpan<char> word)
    {
        if (!_lexicon.TryGetWord(word, out _, out var tag))
        {
            return false;
        }

        return tag.StartsWith("nr", StringComparison.Ordinal)
            || (tag.Length > 0 && tag[0] is not ('n' or 'm') && _lexicon.TryGetWord(word[1..], out _, out var givenTag) && givenTag.StartsWith("nr", StringComparison.Ordinal));
    }

    /// <summary>Whether the lexicon tags <paramref name="word"/> a person's name (nr).</summary>
    private bool IsListedName(ReadOnlySpan<char> word) => _lexicon.TryGetWord(word, out _, out var tag) && tag == "nr";

    /// <summary>
    /// Whether a word of the lexicon other than a name starts with the name and runs past its end (严阵 in 严阵以待); with
    /// <paramref name="evenName"/>, a word of any tag: a foreign name read there is the start of a longer one, which jieba
    /// lists for a place or a building as often as for a person (杜塞尔 in 杜塞尔多夫, 克里姆 in 克里姆林宫). A longer name
    /// counts past the lexicon's usual longest word, by as much as two characters after a name of three (斯特拉 in the
    /// place 斯特拉斯堡, which jieba tags nrt); a longer common word there does not (马克思 in 马克思主义 is the person).
    /// </summary>
    private bool StartsLongerWord(int start, int end, bool evenName = false)
    {
        var longest = Math.Min(_text.Length, evenName ? Math.Max(start + _lexicon.MaxWordLength, end + 2) : start + _lexicon.MaxWordLength);
        for (var wordEnd = end + 1; wordEnd <= longest; wordEnd++)
        {
            var word = _text.AsSpan(start, wordEnd - start);
            if (wordEnd - start <= _lexicon.MaxWordLength ? (evenName ? _lexicon.IsWord(word) : IsNonNameWord(word)) : IsProperName(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the lexicon tags <paramref name="word"/> a person's or a place's name (nr, nrt, ns).</summary>
    private bool IsProperName(ReadOnlySpan<char> word) =>
        _lexicon.TryGetWord(word, out _, out var tag) && (tag.StartsWith("nr", StringComparison.Ordinal) || tag == "ns");

    /// <summary>Whether a word that is no name starts in the given name and runs past its end (曹魏文 in 曹魏文化).</summary>
    private bool CrossesEnd(int givenStart, int end)
    {
        for (var start = Math.Max(givenStart, end - 2); start < end; start++)
        {
            for (var wordEnd = end + 1; wordEnd <= Math.Min(_text.Length, end + 2); wordEnd++)
            {
                if (IsCommonWord(_text.AsSpan(start, wordEnd - start)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a lexicon word starts before <paramref name="position"/> and ends inside the next two characters.</summary>
    private bool CrossesWordAt(int position)
    {
        for (var start = Math.Max(0, position - 3); start < position; start++)
        {
            for (var end = position + 1; end <= Math.Min(_text.Length, position + 2); end++)
            {
                if (_lexicon.TryGetWord(_text.AsSpan(start, end - start), out _, out var tag) && !tag.StartsWith("nr", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsFollower(ReadOnlySpan<char> text, int minLength = 1) => Followers.LongestPrefix(text) >= minLength;

    private void ScanSuffixes()
    {
        ScanForeignPlaces();
        ScanPartyCongresses();
        IndexListedNames();
        ScanPlacedOrganizations();
        ScanTeams();
        for (var end = NextAt(Gate.SuffixEnds, 0) + 1; end <= _text.Length; end = NextAt(Gate.SuffixEnds, end) + 1)
        {
            if (!NameModel.IsHan(_text[end - 1]))
            {
                continue;
            }

            // Most characters end no suffix: the filters say so without the call.
            if (Grammar.OrganizationSuffixes.MayEndAt(_text, end))
            {
                TryAddSuffixed(end, Grammar.OrganizationSuffixes, EntityType.Organization, MaxOrganizationBody);
            }

            if (Grammar.LocationSuffixes.MayEndAt(_text, end))
            {
                TryAddSuffixed(end, Grammar.LocationSuffixes, EntityType.Location, MaxLocationBody);
            }
        }

        ScanPostBodies();
        ScanSubUnits();
        ScanPeriodicals();
    }

    private void TryAddSuffixed(int end, WordSet suffixes, EntityType type, int maxBody)
    {
        Span<int> lengths = stackalloc int[4];
        var count = suffixes.SuffixLengths(_text, end, lengths);
        foreach (var suffix in lengths[..count])
        {
            var suffixStart = end - suffix;

            // A venue's suffix longer than the organisation's ends a place (香港展览中心, 肯尼迪航天中心: not 中心's body).
            if (type == EntityType.Organization && Grammar.LocationSuffixes.LongestSuffix(_text.AsSpan(0, end)) > suffix)
            {
                continue;
            }

            // A suffix that begins with a date's unit is no suffix there (5月2日 + 报道), and a place's suffix of one
            // character before a division is inside the division's name (宁陵 + 县), unless it is a division (魏都区 + 市民).
            if (suffixStart == 0 || TextView.EndsDate(_text.AsSpan(0, suffixStart + 1))
                || (type == EntityType.Location && suffix == 1 && end < _text.Length && Grammar.AdministrativeFinals.Contains(_text[end])
                    && !Grammar.DivisionFinals.Contains(_text[end - 1])))
            {
                continue;
            }

            // A listed name that ends here is the name here (上海 in 驶离上海, 新华社 in 访华据新华社); a place before
            // a listed organisation was joined to it already.
            var listed = (type == EntityType.Location ? _placeStarts : _bodyStarts)?[end] ?? -1;
            if (listed >= 0 && listed < suffixStart)
            {
                return;
            }

            var start = SkipEndOfWordBefore(TrimFunctionCharacters(ExtendBodyLeft(suffixStart, maxBody, type == EntityType.Location && Grammar.DivisionFinals.Contains(_text[end - 1]), type == EntityType.Location), suffixStart), suffixStart);
            start = type == EntityType.Organization ? SkipLargerPlace(SkipVerbsOfSentence(start, suffixStart), end) : SkipPlaceBeforeName(SkipWordsOfSentence(start, suffixStart, end), suffixStart, end);
            var body = suffixStart - start;

            // A verb before a longer place suffix leaves no place, nor one of the suffix's last character (听取 + 园区).
            if (body == 0 && type == EntityType.Location && suffix >= 2 && start > 0)
            {
                return;
            }

            if (body == 0 || (suffix == 1 && body < 2) || Grammar.SuffixFalsePositives.Contains(_text.AsSpan(start, end - start)))
            {
                continue;
            }

            // A count in an organisation's body, or right before a body, counts bodies of a kind (35家航空公司, 成都一家著名电脑公司,
            // 全县数十家煤焦厂, 一个标准件厂, 各参赛队).
            if (type == EntityType.Organization ? CountsBodies(start, suffixStart) : IsCountedAt(start))
            {
                return;
            }

            // After 的 a body of common words is a kind of body the words before it describe (俄罗斯的蓄电池厂, 著名的医药公司).
            if (start > 0 && _text[start - 1] == '的' && IsCommonWords(start, suffixStart))
            {
                return;
            }

            // A place before a generic word names no body: 美国政府 is 美国 and a government; one character before it
            // is a kind, not a name (大公司).
            if (type == EntityType.Organization && Grammar.GenericBodies.Contains(_text.AsSpan(suffixStart, suffix))
                && (body < 2 || IsPlace(_text.AsSpan(start, body))))
            {
                continue;
            }

            // A team before a tournament names the tournament, which is no body (第十三届世界女篮锦标赛, 五国女篮邀请赛).
            if (type == EntityType.Organization && Grammar.Tournaments.LongestPrefix(_text.AsSpan(end)) > 0)
            {
                continue;
            }

            // 会 after a name and before a verb is the modal verb (香港会在, 松日队会表现), not a body's suffix.
            if (suffix == 1 && _text[suffixStart] == '会' && end < _text.Length && StartsVerb(end))
            {
                continue;
            }

            // The suffix ends a common noun that is longer than it (领导干部), or begins a word that runs on (社 in 国际社会),
            // or the body ends in a word that names nothing (可能会, 上大学).
            if (EndsFalsePositive(start, suffix, end) || SuffixRunsOn(suffixStart, end) || EndsInFunctionWord(start, suffixStart, suffix))
            {
                continue;
            }

            // A one-character suffix (局, 路) is so often inside a longer word that a word boundary must follow it.
            if ((suffix == 1 && !EndsAtWordBoundary(end) && !(type == EntityType.Organization && IsLocalizer(end))) || IsInsideCommonWord(start, suffixStart, end, type == EntityType.Organization))
            {
                continue;
            }

            Add(start, end, type, Confidence.Suffix);
            return;
        }
    }

    /// <summary>
    /// Whether the last word of a body is an adverb, pronoun, conjunction, numeral or the like (一定会, 怎么会, 两家公司),
    /// or a verb alone or before 会 (可能会, 纪念会) or alone before a longer suffix (考大学): then the suffix is no
    /// name's end but a word of the sentence. A verb of two characters before a longer suffix is often in a name
    /// (调查和分析局), and so is a verb's character in a transliterated name (劳拉公司), and a character the lexicon
    /// calls a numeral when it is no digit (多 in 玛多县). 所 and 处 are particles as often as bodies (理论所指出, 所处,
    /// 57所): they end a name only after a noun and before no verb (地质所, 新闻处).
    /// </summary>
    private bool EndsInFunctionWord(int start, int suffixStart, int suffix)
    {
        // A particle before a verb is one after a listed place too (印度所面临); a listed place ends in what it ends in
        // (都 in 魏都).
        var particle = suffix == 1 && Grammar.ParticleSuffixes.Contains(_text[suffixStart]);
        if (PlaceStartBefore(suffixStart) >= start)
        {
            return particle && StartsVerb(suffixStart + 1);
        }

        for (var length = Math.Min(4, suffixStart - start); length >= 1; length--)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(suffixStart - length, length), out _, out var tag) && tag.Length > 0)
            {
                if (particle)
                {
                    return length < 2 || !(tag[0] is 'n' or 'j' || tag == "vn") || StartsVerb(suffixStart + 1);
                }

                var transliterated = length == 1 && suffixStart - start >= 2
                    && Grammar.Transliteration.Contains(_text[suffixStart - 1]) && Grammar.Transliteration.Contains(_text[suffixStart - 2]);
                return tag[0] == 'v' ? tag == "v" && (length == 1 ? !transliterated : suffix == 1 && _text[suffixStart] == '会')
                    : Grammar.FunctionTags.Contains(tag[0]) || (tag[0] == 'm' && (length > 1 || Grammar.Numerals.Contains(_text[suffixStart - 1])));
            }
        }

        return particle;
    }

    /// <summary>Whether a numeral and a measure of bodies (家, 所, 个) or a ranking (第一大) stand in [start, suffixStart), or a count right before it.</summary>
    private bool CountsBodies(int start, int suffixStart)
    {
        // A ranking in the body ranks bodies of a kind (美国第一大银行).
        if (IsCountedAt(start))
        {
            return true;
        }

        for (var i = start; i < suffixStart; i++)
        {
            if ((i + 1 < suffixStart && _text[i + 1] is '家' or '所' or '个' && Grammar.Numerals.Contains(_text[i]))
                || (_text[i] == '大' && i >= start + 2 && Grammar.Numerals.Contains(_text[i - 1]) && _text[i - 2] == '第'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) reads as common words of the lexicon only: nouns, verbs and adjectives that name no place or body (蓄电池, 茶叶分装; not 区委 in 区委社区工作委员会).</summary>
    private bool IsCommonWords(int start, int end)
    {
        var position = start;
        while (position < end)
        {
            // The longest word of two or more characters there, with its frequency and tag.
            var length = Math.Min(_lexicon.MaxWordLength, end - position);
            var frequency = 0;
            var tag = string.Empty;
            while (length >= 2 && !_lexicon.TryGetWord(_text.AsSpan(position, length), out frequency, out tag))
            {
                length--;
            }

            if (length < 2 || tag.Length == 0
                || !(tag[0] is 'n' or 'v' or 'a') || tag is "ns" or "nt" or "nz" or "nrt" or "nr" or "nrfg" || frequency < CommonWordFrequency
                || PlaceStartBefore(position + length) >= start || (_bodyStarts?[position + length] ?? -1) >= start)
            {
                return false;
            }

            position += length;
        }

        return true;
    }

    /// <summary>
    /// Whether a count or 各 stands right before a name at <paramref name="start"/>: then it counts bodies or places of a
    /// kind (一个标准件厂, 6个医疗中心, 各参赛队, 20个社区卫生服务站, 6个特色社区) rather than naming one.
    /// </summary>
    private bool IsCountedAt(int start) =>
        start > 0 && (_text[start - 1] is '各' or '诸' || (start > 1 && _text[start - 1] is '家' or '所' or '个' or '支' or '座'
            && (Grammar.Numerals.Contains(_text[start - 2]) || _text[start - 2] is '这' or '那' or '每' or '某' or '整')));

    /// <summary>Whether the longest word at <paramref name="position"/> is a verb, preposition or adverb.</summary>
    private bool StartsVerb(int position)
    {
        for (var length = Math.Min(4, _text.Length - position); length >= 1; length--)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(position, length), out _, out var tag))
            {
                return tag is "v" or "p" or "d";
            }
        }

        return false;
    }

    private bool SuffixRunsOn(int suffixStart, int end)
    {
        for (var wordEnd = end + 1; wordEnd <= Math.Min(_text.Length, end + 2); wordEnd++)
        {
            var word = _text.AsSpan(suffixStart, wordEnd - suffixStart);
            if (IsCommonWord(word) && !Grammar.OrganizationSuffixes.Contains(word) && !Grammar.LocationSuffixes.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsFalsePositive(int start, int suffix, int end)
    {
        for (var length = suffix + 1; length <= Math.Min(suffix + 2, end - start); length++)
        {
            if (Grammar.SuffixFalsePositives.Contains(_text.AsSpan(end - length, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Moves a body's start past characters that stand alone as function words or verbs (如 and 即 in 如国家大剧院,
    /// 即社会), which the character-by-character extension cannot tell from the name. A surname stays: it may begin
    /// a name (许禹路).
    /// </summary>
    private int TrimFunctionCharacters(int start, int suffixStart)
    {
        while (start < suffixStart - 1 && NameModel.SurnameLength(_text.AsSpan(start)) == 0 && !_lexicon.IsWord(_text.AsSpan(start, 2))
            && _lexicon.TryGetWord(_text.AsSpan(start, 1), out _, out var tag) && tag.Length > 0 && Grammar.FunctionTags.Contains(tag[0]))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// Moves a body's start past a character that ends a word begun before it other than a noun (部 in 西北部塔科马市, 报
    /// in 该报文艺部; not 水 in 污水处理厂, 龙 in 和龙祥路), unless it begins a word or a listed place itself.
    /// </summary>
    private int SkipEndOfWordBefore(int start, int suffixStart)
    {
        if (start > 0 && start < suffixStart - 1 && NameModel.IsHan(_text[start - 1])
            && _lexicon.TryGetWord(_text.AsSpan(start - 1, 2), out _, out var tag) && tag.Length > 0 && tag[0] != 'n' && !_lexicon.StartsWord(_text, start) && Grammar.KnownPlaces.LongestPrefix(_text.AsSpan(start)) == 0 && LexiconNames.LongestAt(_text.AsSpan(start), out _) == 0)
        {
            return start + 1;
        }

        return start;
    }

    private static bool IsPlace(ReadOnlySpan<char> name) =>
        Grammar.KnownPlaces.LongestPrefix(name) == name.Length || LexiconNames.Is(name, EntityType.Location);

    /// <summary>
    /// Whether the suffix at [suffixStart, end) ends a common word that is no name (例会, 社会, 机会, 中小学). A common
    /// word of two characters and a longer suffix, or of two characters and a suffix after a listed place (or, for an
    /// organisation, after a proper noun or in a body that 国家 begins: 国家新闻出版署), is a kind of body (航空公司, 水泥厂, 杂志社) that the words before it name
    /// (阿根廷航空公司, 琉璃河水泥厂, 华夏杂志社), and a word that begins
    /// inside a listed place before a place's suffix is no word there (山路 in 韶山路, 阳楼 in 岳阳楼); nor is a kind of
    /// body of three or more characters after a name that begins with a listed place (see <see cref="NamedAfterPlace"/>).
    /// </summary>
    private bool IsInsideCommonWord(int bodyStart, int suffixStart, int end, bool organization)
    {
        var place = PlaceStartBefore(suffixStart);
        for (var start = Math.Max(0, suffixStart - 2); start < suffixStart; start++)
        {
            if ((start == suffixStart - 2 && start > bodyStart && (end - suffixStart >= 2 || PlaceStartBefore(start) >= bodyStart || (organization && (EndsInProperNoun(bodyStart, start) || IsNational(bodyStart)))))
                || (place >= bodyStart && start > place && Grammar.LocationSuffixes.Contains(_text.AsSpan(suffixStart, end - suffixStart)))
                || (end - start >= 3 && NamedAfterPlace(bodyStart, start)))
            {
                continue;
            }

            if (_lexicon.TryGetWord(_text.AsSpan(start, end - start), out var frequency, out var tag)
                && tag is not ("ns" or "nt" or "nz") && frequency >= CommonWordFrequency
                && Grammar.SuffixFalsePositives.Contains(_text.AsSpan(start, end - start)) == false
                && !Grammar.OrganizationSuffixes.Contains(_text.AsSpan(start, end - start))
                && !Grammar.LocationSuffixes.Contains(_text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the body's word before <paramref name="position"/> is a proper noun (城关 + 纺纱厂, 华夏 + 杂志社, 总政 + 歌舞团).</summary>
    private bool EndsInProperNoun(int bodyStart, int position) =>
        position - bodyStart >= 2 && _lexicon.TryGetWord(_text.AsSpan(position - 2, 2), out _, out var tag) && tag is "ns" or "nz" or "nt" or "j" or "nrt";

    /// <summary>
    /// Whether a listed place begins the body at <paramref name="bodyStart"/> and a word of the name stands between it
    /// and <paramref name="wordStart"/>: a kind of body of three or more characters after them is that name's (西安 +
    /// 电影 + 制片厂, 德国 + 联邦 + 铁路局; a shorter one is a kind as often: 中国边防 + 部队, 俄国内 + 政局).
    /// </summary>
    private bool NamedAfterPlace(int bodyStart, int wordStart)
    {
        for (var placeEnd = wordStart - 1; placeEnd >= bodyStart + 2; placeEnd--)
        {
            // A count between them makes the body a count of bodies (北京一家食品厂).
            if (Grammar.Numerals.Contains(_text[placeEnd]))
            {
                return false;
            }

            if (PlaceStartBefore(placeEnd) == bodyStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name may end at <paramref name="end"/>: the text ends, or what follows is not the rest of a word.</summary>
    private bool EndsAtWordBoundary(int end)
    {
        if (end == _text.Length || !NameModel.IsHan(_text[end]))
        {
            return true;
        }

        var rest = _text.AsSpan(end);
        return Grammar.BodyStoppers.LongestPrefix(rest) > 0 || Grammar.BodyBreakers.Contains(rest[0]) || StartsFollower(rest)
            || Grammar.OrganizationSuffixes.LongestPrefix(rest) > 1 || _lexicon.StartsWord(_text, end);
    }

    /// <summary>Whether the character at <paramref name="position"/> alone is a word of place or time after a noun (后 in 南非队后, 中, 内), which ends a body's name.</summary>
    private bool IsLocalizer(int position) => position < _text.Length && CharacterTag(_text[position]) == "f";

    /// <summary>Extends a name's body left from <paramref name="suffixStart"/> over characters that can be in a name.</summary>
    private int ExtendBodyLeft(int suffixStart, int maxBody, bool isPlace = false, bool location = false)
    {
        // A province, city or county before a place is its own name (青海省 | 曲麻莱县), and so is a listed place
        // (江苏 | 泰兴市); before any other place a division's suffix that begins no word with the next character
        // ends the division (坡胡镇 | 水磨河, not 市民广场). An organisation's body runs over listed places whole
        // (日本女队), and starts at the first of them unless an organisation's abbreviation stands before it
        // (中共河北省委, not 战胜南非队).
        var start = suffixStart;
        var firstPlace = -1;
        while (start > 0 && suffixStart - start < maxBody)
        {
            var place = PlaceStartBefore(start);
            if (place >= 0 && !(isPlace && start < suffixStart))
            {
                start = firstPlace = place;
                continue;
            }

            // A verb of what a body does, right before a suffix of two or more characters, is in its name when a
            // noun of the name stands before it (残疾人工作 + 协调 + 委员会, 认证 + 指导 + 委员会; not 统筹 + 推进 + 人大).
            if (start == suffixStart && !isPlace && Grammar.BodyPurposes.LongestSuffix(_text.AsSpan(0, start)) is var purpose and > 0
                && start - purpose >= 2 && !StopsBody(start - purpose) && EndsInNoun(start - purpose) && Grammar.OrganizationSuffixes.LongestPrefix(_text.AsSpan(suffixStart)) >= 2)
            {
                start -= purpose;
                continue;
            }

            if (StopsBody(start) || (isPlace && start < suffixStart && (place >= 0 || Grammar.AdministrativeFinals.Contains(_text[start - 1])))
                || (location && start < suffixStart && Grammar.AdministrativeFinals.Contains(_text[start - 1]) && !_lexicon.IsWord(_text.AsSpan(start - 1, 2))))
            {
                break;
            }

            start--;
        }

        return firstPlace > start && !isPlace && !IsBodyPrefix(start, firstPlace) ? firstPlace : start;
    }

    /// <summary>
    /// Whether no body extends left over the character before <paramref name="position"/>. The suffix grammars ask
    /// this of the same positions for every suffix nearby, so each answer is kept for the rest of the scan.
    /// </summary>
    private bool StopsBody(int position)
    {
        _bodyStops ??= new sbyte[_text.Length + 1];
        if (_bodyStops[position] == 0)
        {
            var c = _text[position - 1];
            var before = _text.AsSpan(0, position);

            // A complete organisation before this one is its own name: 高桥营街道办事处 | 刘铁庄社区, and so is a team
            // (四川全兴队 | 主场迎战延边敖东队, 印尼女队 | 争夺b组). A stopper of one
            // character, no function word, that begins a noun with the next, or a word of three, is that word's (计 in
            // 联合国艾滋病联合计划署, 自 in 自治区党委).
            var stopper = Grammar.BodyStoppers.LongestSuffix(before);
            var stops = !(NameModel.IsHan(c) || char.IsAsciiLetterOrDigit(c)) || (Grammar.BodyBreakers.Contains(c) && !BeginsNoun(position - 1)) || TextView.EndsDate(before)
                || (stopper > 0 && !(stopper == 1 && !Grammar.BodyBreakers.Contains(c) && (BeginsNoun(position - 1) || _lexicon.IsWord(_text.AsSpan(position - 1, Math.Min(3, _text.Length - position + 1)))))) || Grammar.OrganizationSuffixes.LongestSuffix(before) is var body && (body >= 3 || (body == 2 && c == '队'));
            _bodyStops[position] = stops ? (sbyte)1 : (sbyte)-1;
        }

        return _bodyStops[position] > 0;
    }

    /// <summary>Whether the two characters before <paramref name="position"/> are a noun, a verbal noun or an abbreviation (工作 in 残疾人工作协调委员会).</summary>
    private bool EndsInNoun(int position) =>
        _lexicon.TryGetWord(_text.AsSpan(position - 2, 2), out _, out var tag) && tag.Length > 0 && (tag[0] == 'n' || tag is "vn" or "j");

    /// <summary>Whether the two characters at <paramref name="position"/> are a noun, so that a breaker begins a word of the name (本 in 广州本田公司).</summary>
    private bool BeginsNoun(int position) =>
        position + 2 <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(position, 2), out _, out var tag) && tag is "n" or "ns" or "nt" or "nz" or "j";

    /// <summary>How much more than a common surname's name one of <paramref name="surname"/> must score, by how often it is a surname.</summary>
    private static float RareSurnameMarginOf(char surname) =>
        Math.Clamp(RareSurnameMargin - SurnameRatioWeight * (NameContextModel.Surname(surname) - FullMarginSurnameRatio), 0, RareSurnameMargin);

    /// <summary>Surnames followed by name-like characters, scored by the name model and the words around them.</summary>
    private void ScanStatisticalNames()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.Surnames, 0); i < text.Length; i = NextAt(Gate.Surnames, i + 1))
        {
            // Rare surnames (和, 高 is common but 严 is not) are so often ordinary words that their names must score higher,
            // the less so the more often the POS-HMM sees the character as a surname, and when the lexicon tags the
            // character alone a name (燕, 麻), as it does where a surname is its usual use.
            // A surname after a digit is a numeral or a unit (75万升).
            // A rare surname before a character too unlikely to begin a given name is skipped below anyway: that is
            // asked before the lexicon is.
            var surname = NameModel.SurnameLength(text[i..]);
            if (surname == 0 || (i > 0 && char.IsDigit(text[i - 1])) || (surname == 1 && !NameModel.IsCommonSurname(text[i])
                && ((i + 1 < text.Length && NameModel.GivenScore(text[i + 1]) < MinFirstGivenScore) || IsFunctionCharacter(text[i]))))
            {
                continue;
            }

            // A three-character name the lexicon lists (周恩来) needs no score. jieba also tags a surname and a post
            // (胡书记) and some words (高水平, 段时间) nr: no part of the name may be a word, nor may a word cross its end or
            // hold it (梁换柱 in 偷梁换柱).
            if (NameModel.IsCommonSurname(text[i]) && text.Length - i >= 3 && NameModel.IsHan(text[i + 2])
                && LongestPrefixAt(StartList.PostHeads, i + 1) < 2 && IsListedPersonWord(text.Slice(i, 3))
                && !IsCommonWord(text.Slice(i, 2)) && IsListedGivenName(text.Slice(i, 3)) && !CrossesEnd(i + 1, i + 3)
                && !LexiconNames.Is(text.Slice(i, 3), EntityType.Location) && !LexiconNames.Is(text.Slice(i, 3), EntityType.Organization)
                && !StartsHonorific(i + 1) && !OverlapsForeignName(i, i + 3) && !InsideLongerWord(i, i + 3) && !BeginsForeignWord(i, i + 3)
                && !Grammar.SettlementFinals.Contains(text[i + 2]))
            {
                if (!IsFirstDottedPart(i + 3) && !EndsParallelPhrase(i))
                {
                    AddPerson(i, i + 3, Confidence.Lexicon, null);
                }

                continue;
            }

            // Names with no context and an unlikely first given character were proposed by the gazetteers if at all.
            if (i + 1 < text.Length && NameModel.GivenScore(text[i + 1]) < MinStatisticalFirstGivenScore && surname < 2)
            {
                continue;
            }

            // A surname and a given character that name a place (许昌 in 许昌裕丰科技) are that place; a surname and a post
            // (胡书记还在) is a short reference, left to the alias resolver.
            var length = ParseName(i, afterContext: false);
            length = length >= 2 && (IsPlace(text.Slice(i, surname + 1)) || StartsHonorific(i + surname, allowPost: true)) ? 0 : length;
            if (length < 2 || OverlapsForeignName(i, i + length))
            {
                continue;
            }

            // The parse reads three characters where the third may begin the next word (王怡谈及): when the three score
            // too low, the two are the name if they score a point above the cut-off; when the third begins a common
            // word with the next (尹莉明白), the two compete with the three and the higher score wins.
            var minScore = NameModel.IsCommonSurname(text[i]) || surname == 2 ? MinNameScore
                : MinNameScore + Math.Min(RareSurnameMarginOf(text[i]), IsListedName(text.Slice(i, 1)) ? ListedSurnameMargin : RareSurnameMargin);
            // A name of three is scored down to the segmentation's margin, so that the same score and what the lexicon
            // holds against it decide both readings.
            var score = NameScore(i, length, length == surname + 2 ? minScore - SegmentedNameMargin : MinNameScore, out var objection);
            var passes = score >= minScore || (score >= minScore - SegmentedNameMargin && length == surname + 2 && IsSegmentedName(i, surname, objection));
            if (length == surname + 2 && (!passes || (i + length < text.Length && IsCommonWord(text.Slice(i + length - 1, 2))))
                && NameScore(i, length - 1, MinNameScore, out _) is var shortScore && shortScore >= minScore + BoundaryBonus && (!passes || shortScore > score))
            {
                length--;
                passes = true;
            }

            // A name spelt in transliteration characters where a place is spoken of (在首都阿布贾) is the place the
            // foreign-name scan turned away. A longer word of any tag that begins with the name is that word (张冠李 in
            // 张冠李戴, which jieba tags nr as it does its persons): where it is a person's, the person is the longer name.
            if (passes && !ContainsSurerPerson(i, i + length) && !ListedBesidePlace(i, i + length) && !(IsTransliterated(i, i + length) && IsPlaceContext(i)) && !IsFirstDottedPart(i + length)
                && !EndsListOfPlaces(i + length) && !BeforeNumberedThing(i + length) && !(IsTransliterated(i, i + length) && (BeforeInstitution(i + length) || IsCountedThing(i))) && !StartsLongerWord(i, i + length, evenName: true) && !IsPrepositionAfterVerb(i)
                && !(length == 3 && InFourCharacterRun(i, i + length)))
            {
                AddPerson(i, i + length, Confidence.Statistical, null);
            }
        }
    }

    /// <summary>
    /// Whether a name of three at <paramref name="start"/> that scores a little under the cut-off is one all the same
    /// because the tokenizer's best segmentation of its clause reads it as one name (朱力行已经, 陆新平二人): its lattice
    /// weighs the name model's reading against every reading by words, a decision over the whole span and its
    /// neighbours that the score's terms, each about one character or one word, do not make. Only where the lexicon
    /// holds nothing against the name (no word overlapping it, its surname and first given character no word: 余光领学),
    /// and not after a rare surname that abbreviates a place (欧绿保). A given name that is a word (火星 in 曹火星, 四清
    /// in 唐四清) is no objection here: the lattice has weighed the surname and that word against the name; but a verb
    /// after a surname's character is as often the clause's verb (以严取胜), a surname that is a function word before a
    /// word is that function word (于明天), and the name must begin where a word may (after punctuation, a function
    /// word or a word of two or more: 作者曹火星, 可唐四清却; not 大叶女贞, a tree).
    /// </summary>
    private bool IsSegmentedName(int start, int surname, float objection)
    {
        // With a given name that is a word, an objection of at most half a word's penalty is that word's alone: a
        // crossing word or any other objection would add to it.
        var givenWordOnly = objection <= WordPenalty / 2 && _lexicon.TryGetWord(_text.AsSpan(start + surname, 2), out _, out var tag)
            && !tag.StartsWith("nr", StringComparison.Ordinal) && !tag.StartsWith('v') && !IsFunctionCharacter(_text[start])
            && (start == 0 || !NameModel.IsHan(_text[start - 1]) || FollowsFunctionWord(start) || EndsWordAt(start));
        return (objection < CrossingPenalty || givenWordOnly) && !_lexicon.IsWord(_text.AsSpan(start, surname + 1))
            && !AbbreviatesPlace(start, surname) && TokenizerReadsName(start, start + surname + 2);
    }

    /// <summary>
    /// Whether a middle dot and a Chinese character follow a name ending at <paramref name="end"/>: it is the first part of
    /// a dotted name (葛兰素 in 葛兰素·威康公司), which the dotted-name grammar reads whole, or not at all before a body's
    /// suffix; alone it is no name.
    /// </summary>
    private bool IsFirstDottedPart(int end) => end + 1 < _text.Length && MiddleDots.Contains(_text[end]) && NameModel.IsHan(_text[end + 1]);

    /// <summary>Whether every character of [start, end) spells foreign names.</summary>
    private bool IsTransliterated(int start, int end)
    {
        foreach (var c in _text.AsSpan(start, end - start))
        {
            if (!TransliterationModel.IsTransliteration(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the surname at <paramref name="start"/> is a rare one the lexicon tags alone a place: 欧 abbreviates Europe in 欧绿保 and 欧亚.</summary>
    private bool AbbreviatesPlace(int start, int surname) =>
        surname == 1 && !NameModel.IsCommonSurname(_text[start]) && _lexicon.TryGetWord(_text.AsSpan(start, 1), out _, out var tag) && tag == "ns";

    /// <summary>
    /// Whether the tagger's tokenizer, segmenting the characters around [start, end) (up to the clause's edges, four on
    /// either side), reads it as one personal name the lexicon does not list: its lattice weighs the name model's
    /// reading against every reading by words. A tokenizer set to the PKU standard splits every name, so there the
    /// rule finds none.
    /// </summary>
    private bool TokenizerReadsName(int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < SegmentationWindow && NameModel.IsHan(_text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < _text.Length && to - end < SegmentationWindow && NameModel.IsHan(_text[to]))
        {
            to++;
        }

        if (_lexicon.TryGetWord(_text.AsSpan(start, end - start), out _, out _))
        {
            return false;
        }

        foreach (var token in _lexicon.Tokenizer.EnumerateTokens(_text.AsSpan(from, to - from)))
        {
            if (token.End > start - from)
            {
                return token.Start == start - from && token.End == end - from && token.Tag.StartsWith("nr", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the given name of a three-character name the lexicon lists is no word but a name, or, when the whole is
    /// a frequent entry, a word that is no noun, place or localizer: a listed name whose given name is one of those is a
    /// thing (胡萝卜, 石家庄, 高新区), while a frequent one whose given name is a verb, an adjective or a pronoun is the
    /// person (陈独秀, 宋献策, 金大中).
    /// </summary>
    private bool IsListedGivenName(ReadOnlySpan<char> name) =>
        !_lexicon.TryGetWord(name[1..], out _, out var tag) || tag.StartsWith("nr", StringComparison.Ordinal)
        || (tag.Length > 0 && tag[0] is not ('n' or 's' or 'f') && _lexicon.TryGetWord(name, out var frequency, out _) && frequency >= CommonWordFrequency);

    /// <summary>Whether the word the lexicon reads at <paramref name="position"/> (two characters, else one) is an adverb or a preposition (已经, 从).</summary>
    private bool StartsAdverb(int position)
    {
        if (position >= _text.Length || !NameModel.IsHan(_text[position]))
        {
            return false;
        }

        var word = position + 2 <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(position, 2), out _, out var tag) ? tag
            : CharacterTag(_text[position]);
        return word.Length > 0 && word[0] is 'd' or 'p';
    }

    /// <summary>
    /// Whether the surname at <paramref name="position"/> is one the lexicon tags alone a preposition (于) right after a
    /// verb of two characters, which it follows as the preposition (形成于宇宙, 毕业于北大).
    /// </summary>
    private bool IsPrepositionAfterVerb(int position) =>
        position >= 2 && CharacterTag(_text[position]) == "p"
        && _lexicon.TryGetWord(_text.AsSpan(position - 2, 2), out _, out var verbTag) && verbTag.StartsWith('v');

    /// <summary>Whether <paramref name="c"/> is a rare surname that is a function word alone (由, 但, 向): <see cref="IsFunctionCharacter"/>.</summary>
    private bool IsFunctionSurname(char c) => !NameModel.IsCommonSurname(c) && IsFunctionCharacter(c);

    /// <summary>
    /// Whether <paramref name="word"/> names a body a list knows (区委, 市委, 新华社), a level of government's (县委) or a
    /// unit that qualifies a post (党委, 党组, 纪委).
    /// </summary>
    private static bool IsListedBody(ReadOnlySpan<char> word) =>
        Grammar.KnownOrganizations.Contains(word) || Grammar.LevelUnits.Contains(word) || Grammar.PostUnits.Contains(word)
        || LexiconNames.Is(word, EntityType.Organization);

    /// <summary>Whether the lexicon tags <paramref name="c"/> alone a conjunction, preposition, adverb or particle (但, 向, 都): as a rare surname it is that word.</summary>
    private bool IsFunctionCharacter(char c) => CharacterTag(c) is ['c' or 'p' or 'd' or 'u', ..];

    /// <summary>
    /// Whether a word for a system, a body or a facility follows a name ending at <paramref name="end"/> (see
    /// <see cref="InstitutionWords"/>), also after a common noun of two characters that the name qualifies with it
    /// (布雷顿森林体系: the system is named after a place and its woods).
    /// </summary>
    private bool BeforeInstitution(int end) =>
        end < _text.Length && (InstitutionWords.LongestPrefix(_text.AsSpan(end)) > 0
            || (end + 2 < _text.Length && InstitutionWords.LongestPrefix(_text.AsSpan(end + 2)) > 0 && _lexicon.TryGetWord(_text.AsSpan(end, 2), out _, out var tag) && tag == "n"));

    /// <summary>
    /// Whether a number or a demonstrative and a measure word for vehicles and machines stand right before a name at
    /// <paramref name="start"/> (一部桑塔纳, 两辆奔驰, 这台西门子): what is counted so is a make or a model, and persons are
    /// counted with other measures (位, 名, 个).
    /// </summary>
    private bool IsCountedThing(int start) =>
        start >= 2 && ThingMeasures.Contains(_text[start - 1]) && (char.IsDigit(_text[start - 2]) || IsNumeral(_text[start - 2]) || Demonstratives.Contains(_text[start - 2]));

    /// <summary>Measure words for vehicles, machines, aircraft and ships (see <see cref="IsCountedThing"/>).</summary>
    private const string ThingMeasures = "辆部台架艘";

    /// <summary>Words that point at one thing before its measure word (这台, 那辆, 每部).</summary>
    private const string Demonstratives = "这那每该此";

    /// <summary>
    /// Whether a number and 号 follow a name ending at <paramref name="end"/> (切尔诺贝利4号机组, 桑塔纳2号): a numbered
    /// unit, reactor or model of what the name names, which a person's name does not take after it (a player's number
    /// goes before: 7号穆勒).
    /// </summary>
    private bool BeforeNumberedThing(int end)
    {
        var digits = end;
        while (digits < _text.Length && char.IsDigit(_text[digits]))
        {
            digits++;
        }

        return digits > end && digits < _text.Length && _text[digits] == '号';
    }

    /// <summary>
    /// Whether [start, end) lies in a clause of four characters that stands beside another clause of four, with only
    /// commas, stops or quotes between them (众目所注，万念归一; “库贷挂钩”，“钱随粮走”): a run of four-character phrases is
    /// classical or set prose, where a surname's character is a word of the phrase. A four-character clause alone is
    /// as often a name and a word (《致江绍原》), and a list's 、 joins names as often as phrases, so neither counts.
    /// </summary>
    private bool InFourCharacterRun(int start, int end)
    {
        // The walks stop once the clause is longer than a phrase, so a long clause costs no more than a short one.
        var clauseStart = start;
        while (clauseStart > 0 && end - clauseStart <= PhraseLength && NameModel.IsHan(_text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var clauseEnd = end;
        while (clauseEnd < _text.Length && clauseEnd - clauseStart <= PhraseLength && NameModel.IsHan(_text[clauseEnd]))
        {
            clauseEnd++;
        }

        return clauseEnd - clauseStart == PhraseLength && (HanRunBefore(clauseStart) == PhraseLength || HanRunAfter(clauseEnd) == PhraseLength);
    }

    /// <summary>
    /// Whether a name of three at <paramref name="start"/> after a noun's character pairs with it as two subjects and
    /// their adjectives (山高林密: 山 is high, 林 is dense): a noun, an adjective, a noun and an adjective, each as the
    /// lexicon tags it alone, are a parallel phrase, whose adjective a surname's character (高, 白, 黄) only spells.
    /// </summary>
    private bool EndsParallelPhrase(int start) =>
        start > 0 && CharacterTag(_text[start - 1]) is ['n', ..] && CharacterTag(_text[start]) == "a" && CharacterTag(_text[start + 1]) is ['n', ..]
        && CharacterTag(_text[start + 2]) == "a";

    /// <summary>The lexicon's tag of <paramref name="c"/> as a word alone, or an empty string where it is none.</summary>
    private string CharacterTag(char c) => _lexicon.TryGetWord([c], out _, out var tag) ? tag : string.Empty;

    /// <summary>
    /// The length of the run of Chinese characters that ends where only clause punctuation separates it from
    /// <paramref name="position"/> (counted up to one more than a phrase), or 0.
    /// </summary>
    private int HanRunBefore(int position)
    {
        var gap = position;
        while (gap > 0 && PhraseSeparators.Contains(_text[gap - 1]))
        {
            gap--;
        }

        var run = gap;
        while (run > 0 && gap - run <= PhraseLength && NameModel.IsHan(_text[run - 1]))
        {
            run--;
        }

        return gap < position && (run == 0 || !NameModel.IsHan(_text[run - 1])) ? gap - run : 0;
    }

    /// <summary>
    /// The length of the run of Chinese characters that begins where only clause punctuation separates it from
    /// <paramref name="position"/> (counted up to one more than a phrase), or 0.
    /// </summary>
    private int HanRunAfter(int position)
    {
        var gap = position;
        while (gap < _text.Length && PhraseSeparators.Contains(_text[gap]))
        {
            gap++;
        }

        var run = gap;
        while (run < _text.Length && run - gap <= PhraseLength && NameModel.IsHan(_text[run]))
        {
            run++;
        }

        return gap > position ? run - gap : 0;
    }

    /// <summary>
    /// Whether a list's 等 and a word for places follow a name ending at <paramref name="end"/>
    /// (科连特斯、雷西斯滕西亚等大、中城市, 黄淮等地): the list names places.
    /// </summary>
    private bool EndsListOfPlaces(int end) =>
        end + 1 < _text.Length && _text[end] == '等' && PlaceKindsAfterLists.LongestPrefix(_text.AsSpan(end + 1)) > 0;

    /// <summary>
    /// Whether [start, end) stands in a list with 、 beside a place another grammar found (华北、东北、黄淮等地): a list
    /// names one kind of thing.
    /// </summary>
    private bool ListedBesidePlace(int start, int end)
    {
        var edges = IndexEdges().Places;
        return (start > 0 && _text[start - 1] == '、' && (edges[start - 1] & (byte)PlaceEdge.End) != 0)
            || (end < _text.Length && _text[end] == '、' && (edges[end + 1] & (byte)PlaceEdge.Start) != 0);
    }

    /// <summary>
    /// Whether a grammar surer than statistics found a shorter person inside [start, end) (尤伯 in 尤伯杯): the resolver
    /// would keep the longer name around it.
    /// </summary>
    private bool ContainsSurerPerson(int start, int end)
    {
        var personEnds = IndexEdges().PersonEnds;
        for (var position = start; position < end; position++)
        {
            // The longest person starting here: a shorter one inside the name lies inside it too.
            if (personEnds[position] > 0 && personEnds[position] <= end && (position > start || personEnds[position] < end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A log-odds-like score that the characters at [start, start + length) are a personal name: the surname's
    /// commonness, each given character's name score and how likely it is in its place in the name, what the
    /// lexicon says of the whole and of words crossing its edges, whether it stands between boundaries, and how
    /// often the characters beside it stand beside names (从, 对 before one; 等, 说 after one).
    /// </summary>
    private float NameScore(int start, int length, float floor, out float objection)
    {
        objection = 0;
        var end = start + length;
        var surname = NameModel.SurnameLength(_text.AsSpan(start));
        var score = NameModel.IsCommonSurname(_text[start]) || surname == 2 ? 1f : -1f;
        for (var i = start + surname; i < end; i++)
        {
            score += Math.Min(NameModel.GivenScore(_text[i]), MaxGivenScore);
        }

        // The features up to the first stop ask the lexicon; most windows stay under the floor however it answers.
        if (ScoreBound(start, end, surname, score) is var bound && bound < floor)
        {
            return bound;
        }

        score += start == 0 || !NameModel.IsHan(_text[start - 1]) || FollowsFunctionWord(start) ? BoundaryBonus : 0;
        score += end == _text.Length || !NameModel.IsHan(_text[end]) || StartsFollower(_text.AsSpan(end)) ? BoundaryBonus : 0;
        score += (start == 0 || !NameModel.IsHan(_text[start - 1])) && StartsAdverb(end) ? ClauseSubjectBonus : 0;
        if (start > 0 && NameModel.IsHan(_text[start - 1]))
        {
            // A character that makes a word with the name's edge (在于春, 一张靓丽) is no evidence for a name beside it.
            var left = ContextWeight * NameContextModel.Left(_text[start - 1]);
            score += left > 0 && _lexicon.IsWord(_text.AsSpan(start - 1, 2)) ? 0 : left;
        }

        if (end < _text.Length && NameModel.IsHan(_text[end]))
        {
            // What follows a name lowers its score by at most MaxRightPenalty: the words the HMM sees less often after
            // names (司 in 司长, 纪 in 纪念馆) follow names in government text all the same.
            var right = ContextWeight * NameContextModel.Right(_text[end]);
            score += right is <= 0 and >= -MaxRightPenalty ? right : _lexicon.IsWord(_text.AsSpan(end - 1, 2)) ? Math.Min(right, 0) : Math.Max(right, -MaxRightPenalty);
        }
        score += end - start - surname == 2 ? PositionWeight * (NameContextModel.First(_text[start + surname]) + NameContextModel.Last(_text[end - 1])) : PositionWeight * NameContextModel.Last(_text[end - 1]);

        // jieba tags many common words nr (文明, 顾客), so only a three-character nr word counts as a name.
        if (_lexicon.TryGetWord(_text.AsSpan(start, length), out var frequency, out var tag))
        {
            // jieba tags some surnames before a common word nr as a whole (雷阵雨): that is the word, not a name.
            var isName = tag.StartsWith("nr", StringComparison.Ordinal);
            score += isName && length >= 3 ? IsCommonWord(_text.AsSpan(end - 2, 2)) ? 0 : KnownNameBonus
                : isName && IsNameLikeWord(_text.AsSpan(start, length)) ? 0
                : frequency >= CommonWordFrequency ? -WordPenalty : -WordPenalty / 2;
        }

        // Every remaining feature only lowers the score: stop as soon as it cannot pass.
        if (score < floor)
        {
            return score;
        }

        // What the lexicon holds against the reading: words that overlap it, and patterns of words that are no names.
        var givenIsNameWord = false;
        if (end - start - surname == 2)
        {
            // 幸福感, 严格履: the surname and the first given character are a common word; a rarer word there, or a word
            // as the given name, counts against the name less.
            var head = _text.AsSpan(start, surname + 1);
            objection += IsCommonWord(head) ? WordPenalty : IsNonNameWord(head) ? WordPenalty / 2 : 0;
            // At the head of a clause a word as the given name (彭小民是) counts less: a clause seldom opens with a surname
            // and then a word.
            var givenIsWord = _lexicon.TryGetWord(_text.AsSpan(start + surname, 2), out _, out var givenTag);
            givenIsNameWord = givenIsWord && givenTag.StartsWith("nr", StringComparison.Ordinal);
            objection += !givenIsWord || givenIsNameWord ? 0 : start == 0 || !NameModel.IsHan(_text[start - 1]) ? WordPenalty / 6 : WordPenalty / 2;
        }

        // 丁庄, 潘窑: a surname and a settlement's suffix name a village; 以武养武, 师德师风: a surname repeated at the end
        // is a set phrase's pattern, not a name.
        objection += Grammar.SettlementFinals.Contains(_text[end - 1]) || (surname == 1 && _text[end - 1] == _text[start]) ? WordPenalty : 0;
        if (score - objection < floor)
        {
            return score - objection;
        }

        // A given name jieba tags nr is no objection (志强, 建华), but jieba tags many common words nr (荣誉, 智慧): where
        // the surname ends a word begun before it (最高 | 荣誉, 十分钟 | 智慧), the characters read as two words, and the
        // given name counts as the word it is.
        objection += CrossesWordAt(start) ? CrossingPenalty + (givenIsNameWord ? WordPenalty / 2 : 0) : 0;
        objection += InsideLongerWord(start, end) || StartsLongerWord(start, end) ? WordPenalty : 0;
        objection += CrossesEnd(start + surname, end) ? CrossingPenalty : 0;
        return score - objection;
    }

    /// <summary>
    /// What <see cref="NameScore"/> gives [start, start + length) with <paramref name="floor"/>: below every score, the
    /// score in full; above every bound, the bound (see <see cref="ScoreBound"/>). For the tests of the bound.
    /// </summary>
    internal float NameScoreWithFloor(int start, int length, float floor) => NameScore(start, length, floor, out _);

    /// <summary>
    /// At least what <see cref="NameScore"/> scores [start, end) before its first stop, given <paramref name="score"/>,
    /// its surname and given characters' part: each of its later features at the most the lexicon's answers can make
    /// it, read from the character tables alone. A window under its floor by this bound is under it in full, and the
    /// callers read every score under the floor alike. A margin covers the float sums' order.
    /// </summary>
    /// <remarks>A feature added to the score before its first stop must be bounded here too (<c>NameScoreBoundTests</c>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float ScoreBound(int start, int end, int surname, float score)
    {
        // Both boundary bonuses; after no character, the clause subject's bonus, else the left context's weight (a
        // positive one may be dropped, never raised); the right context's weight, or its capped penalty; the given
        // characters' places, exact; and a listed name's bonus, for three characters or more.
        var hanBefore = start > 0 && NameModel.IsHan(_text[start - 1]);
        var hanAfter = end < _text.Length && NameModel.IsHan(_text[end]);
        var left = hanBefore ? ContextWeight * NameContextModel.Left(_text[start - 1]) : ClauseSubjectBonus;
        var right = hanAfter ? Math.Max(ContextWeight * NameContextModel.Right(_text[end]), -MaxRightPenalty) : 0;
        var places = end - start - surname == 2 ? PositionWeight * (NameContextModel.First(_text[start + surname]) + NameContextModel.Last(_text[end - 1]))
            : PositionWeight * NameContextModel.Last(_text[end - 1]);
        return score + (2 * BoundaryBonus) + left + right + places + (end - start >= 3 ? KnownNameBonus : 0) + ScoreBoundMargin;
    }
}
