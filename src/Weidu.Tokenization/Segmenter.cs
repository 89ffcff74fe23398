using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Weidu.Tokenization.Lexicon;

// No method here reads a local before writing it, so zeroing the frames of the hot loops on every
// call (many per block, many blocks per text) is wasted.
[module: SkipLocalsInit]

namespace Weidu.Tokenization;

/// <summary>
/// The segmentation engine. Text is cut into blocks: a line break, a run of other whitespace, or a
/// run of non-whitespace characters. A run is segmented over a lattice of candidate words (lexicon
/// words, user words, numbers, dates, Latin runs, single characters) by the maximum-probability path,
/// as jieba's precise mode does; runs of single Han characters off that path go to the character HMM
/// for unknown words. The chosen standard then adjusts names, dates and numbers.
/// </summary>
internal sealed class Segmenter
{
    /// <summary>Blocks longer than this are cut, so buffers stay bounded on input without whitespace.</summary>
    internal const int MaxRunLength = 4096;

    // Scores are natural-log probabilities on jieba's scale (a common word is about -8, an unknown
    // character -17.9). Rule matches are near-certain, so they cost almost nothing; the small cost
    // per token makes one long match beat its pieces.
    private const float RuleScore = -0.5f;

    // Chinese numerals overlap ordinary words (一样, 万一), so their matches score as a common word
    // (with the multi-character bonus below included) rather than as certainties.
    private const float ChineseNumberWithUnitScore = -2.5f;
    private const float ChineseNumberScore = -5f;
    private const float ForcedUserWordScore = 1000f;

    // jieba's dictionary counts many compounds (检察机关, 改革开放) that both PKU and MSR split into
    // their words. A bonus per word of two or more characters lets two common words beat the
    // compound unless the compound is far more frequent than its parts. The value was chosen on the
    // PFR 1998 sample (the SIGHAN sets were only scored, see docs/tokenization.md).
    private const float MultiCharWordBonus = 5f;

    // The prior of a name candidate against the words it would replace (added to its log probabilities).
    private const float NameScore = -2f;
    private const float MinGivenNameLogProbability = -12f;
    private const float TwoCharacterNamePenalty = -3f;

    // Many given names are words themselves (胜利, 建国, 五岳). The lexicon then offers surname +
    // that word, which the name model, scoring the two given-name characters as independent, barely
    // beats or loses to; a given name the lexicon knows as a unit gets the credit the word gets.
    private const float GivenNameWordBonus = 2f;
    private const float TitleBonus = 4f;

    // Pieces of transliterated names side by side are one name (穆罕 穆德: 穆罕穆德) if one of them is used
    // fewer times than this in jieba's counts: jieba tags some common words nrt too (令人 4,728 uses, 崇拜 1,182, 二人
    // 7,705), while a piece of a name is rare (穆罕 4, 穆德 4); 5,652 of its 5,919 nrt words of two
    // characters or more are.
    private const int RareNamePieceFrequency = 100;

    /// <summary>Titles that precede a person's name in official text.</summary>
    internal static readonly string[] Titles =
    [
        "书记", "市长", "区长", "县长", "省长", "镇长", "乡长", "主任", "主席", "部长", "局长", "厅长", "处长", "科长", "校长",
        "院长", "所长", "站长", "会长", "社长", "委员", "秘书长", "总理", "经理", "董事长", "组长", "队长", "主任委员", "检察长",
        "庭长", "政委", "司令员", "同志", "代表", "记者", "教授", "专家", "、",
    ];

    private readonly CompiledLexicon _lexicon;
    private readonly float _unknownCharScore;
    private readonly float _rareNamePieceScore;

    public Segmenter(CompiledLexicon lexicon, SegmentationStandard standard, bool useUnknownWordModel, UserDictionary userDictionary)
    {
        _lexicon = lexicon;
        Standard = standard;
        UseUnknownWordModel = useUnknownWordModel;
        UserDictionary = userDictionary;
        _unknownCharScore = (float)-lexicon.LogTotal;
        _rareNamePieceScore = (float)(Math.Log(RareNamePieceFrequency) - lexicon.LogTotal) + MultiCharWordBonus;
    }

    public SegmentationStandard Standard { get; }

    public bool UseUnknownWordModel { get; }

    public UserDictionary UserDictionary { get; }

    public CompiledLexicon Lexicon => _lexicon;

    /// <summary>The tag of a token's tag id: a lexicon tag, or a user word's from the scratch.</summary>
    public string TagOf(int tag, SegmenterScratch scratch)
    {
        var tags = _lexicon.Tags;
        return (uint)tag < (uint)tags.Length ? tags[tag] : scratch.UserTags[tag - tags.Length];
    }

    /// <summary>
    /// Appends the tokens of the block that starts at <paramref name="position"/> to the scratch's
    /// token buffer, with spans shifted by <paramref name="offset"/>, and returns where the block ends.
    /// </summary>
    /// <remarks>
    /// Not inlined: once per block, and inlined into a caller's token loop (the enumerator's
    /// <c>MoveNext</c> inlined into a <c>foreach</c>) it spends that loop's inlining budget, and the
    /// small per-token calls (the token's span and tag) are then left as calls.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int TokenizeBlock(ReadOnlySpan<char> text, int position, int offset, UserDictionary overlay, SegmenterScratch scratch)
    {
        var c = text[position];
        int end;
        if (c == '\r')
        {
            end = position + 1 < text.Length && text[position + 1] == '\n' ? position + 2 : position + 1;
            scratch.Add(offset + position, offset + end, _lexicon.TagX, TokenKind.Whitespace);
            return end;
        }

        if (c == '\n')
        {
            scratch.Add(offset + position, offset + position + 1, _lexicon.TagX, TokenKind.Whitespace);
            return position + 1;
        }

        end = position + 1;
        if (CharFolding.IsWhitespace(c))
        {
            while (end < text.Length && CharFolding.IsWhitespace(text[end]))
            {
                end++;
            }

            scratch.Add(offset + position, offset + end, _lexicon.TagX, TokenKind.Whitespace);
            return end;
        }

        var limit = Math.Min(text.Length, position + MaxRunLength);
        var length = text[end..limit].IndexOfAny(CharFolding.WhiteSpace);
        end = length < 0 ? limit : end + length;

        // Only a run that reached the length limit may stop where no whitespace is.
        if (length < 0 && end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end = CutRun(text, position, end);
        }

        SegmentRun(text[position..end], offset + position, overlay, scratch);
        return end;
    }

    /// <summary>
    /// Where a run that reached the length limit at <paramref name="end"/> stops: at the last grapheme
    /// cluster boundary. Only a single cluster longer than the limit (a letter under thousands of
    /// combining marks) is cut inside, to keep the buffers bounded, and then not inside a surrogate pair.
    /// </summary>
    private static int CutRun(ReadOnlySpan<char> text, int position, int end)
    {
        // A cluster goes on across end only if the code point before it or the code unit at it may join one.
        if (CharFolding.ContainsGraphemeJoiner(text[Math.Max(position, end - 2)..(end + 1)]))
        {
            var boundary = GraphemeClusters.LastBoundary(text, position, end);
            if (boundary > position)
            {
                return boundary;
            }
        }

        return char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]) && end - 1 > position ? end - 1 : end;
    }

    private void SegmentRun(ReadOnlySpan<char> run, int offset, UserDictionary overlay, SegmenterScratch s)
    {
        var n = run.Length;
        s.EnsureRun(n);

        // The best path reads the lexicon's words from the prefix table where it can; they are copied
        // into the lattice's edges only where user words may remove some or clusters stretch them.
        var hasUserWords = UserDictionary.Count > 0 || overlay.Count > 0;
        var lexiconInEdges = BuildLattice(run, overlay, hasUserWords, s);
        if ((s.Prefixes.RunTraits & CharacterTraits.MayJoinGrapheme) != 0)
        {
            AlignToGraphemeClusters(run, s);
        }

        FindBestPath(run, !lexiconInEdges, s);
        var firstToken = s.TokenCount;
        EmitPath(run, offset, s);
        ApplyStandard(run, offset, firstToken, overlay, s);
    }

    /// <summary>
    /// Finds the lexicon's words at every position (into the scratch's prefix table) and adds the
    /// other candidates as edges, grouped by position: the lexicon's words too when user words may
    /// remove some or the run has a character that may join a grapheme cluster (which stretches them),
    /// first at each position, without those a user dictionary removes. Returns whether it did.
    /// Only the positions the walk marks get edges (see <see cref="PrefixMatchTable.Marked"/>): those
    /// whose character may start a rule or a name or is no word by itself, or every position when the
    /// lexicon's words are in the edges. The edges of the j-th marked position are
    /// <c>Edges[First[j]..First[j + 1]]</c>.
    /// </summary>
    private bool BuildLattice(ReadOnlySpan<char> run, UserDictionary overlay, bool hasUserWords, SegmenterScratch s)
    {
        s.EdgeCount = 0;
        var prefixes = s.Prefixes;

        // Most positions have only the lexicon's words, which the best path reads from the prefix
        // table: the walk's first pass over the characters lists the others, so this loop skips them.
        // That pass also finds whether a grapheme cluster may span characters: rarely, and then every
        // position is listed afterwards.
        _lexicon.MatchAllPrefixes(run, prefixes, MultiCharWordBonus, hasUserWords ? CharacterTraits.Any : CharacterTraits.MayHaveEdges);
        var lexiconInEdges = hasUserWords || (prefixes.RunTraits & CharacterTraits.MayJoinGrapheme) != 0;
        if (lexiconInEdges && !hasUserWords)
        {
            prefixes.MarkAll(run.Length);
        }

        var memo = default(RuleMemo);
        var first = s.First;
        var marked = prefixes.Marked.AsSpan(0, prefixes.MarkedCount);
        for (var j = 0; j < marked.Length; j++)
        {
            var i = marked[j];
            first[j] = s.EdgeCount;
            if (i > 0 && char.IsLowSurrogate(run[i]) && char.IsHighSurrogate(run[i - 1]))
            {
                continue;
            }

            var traits = _lexicon.TraitsOf(run[i]);
            var words = prefixes.At(i);

            // Shortest first: a single character, if the lexicon has it, comes first.
            var hasSingle = !words.IsEmpty && words[0].Length == 1;
            if (lexiconInEdges)
            {
                hasSingle = false;
                foreach (var match in words)
                {
                    if (hasUserWords && IsRemoved(run.Slice(i, match.Length), overlay))
                    {
                        continue;
                    }

                    var edge = LexiconEdge(match, i, traits);
                    hasSingle |= match.Length == 1;
                    s.AddEdge(edge.End, edge.Score, edge.Tag, edge.Kind, edge.Source);
                }
            }

            // The candidate makers below are not inlined: most positions call none of them, and
            // inlined into this loop they crowd its registers (3-8 % slower in a paired measurement).
            if (hasUserWords)
            {
                AddUserWords(run, i, UserDictionary, s);
                AddUserWords(run, i, overlay, s);
            }

            if ((traits & CharacterTraits.MayStartRule) != 0)
            {
                AddRuleMatches(run, i, ref memo, s);
            }

            if ((traits & CharacterTraits.Surname) != 0)
            {
                AddPersonName(run, i, s);
            }
            else if ((traits & CharacterTraits.RareSurname) != 0)
            {
                AddNameInContext(run, i, s);
            }

            if (!hasSingle)
            {
                AddSingle(run, i, ref memo, s);
            }
        }

        first[marked.Length] = s.EdgeCount;
        return lexiconInEdges;
    }

    /// <summary>
    /// Makes every path through the lattice go from one grapheme cluster boundary to another: the
    /// edges that start inside a cluster go, and an edge that ends inside one is stretched to its end,
    /// keeping its tag and kind (👍 takes its skin tone, 中国 a variation selector after 国, cafe the
    /// accent after its e).
    /// </summary>
    /// <remarks>Every position is marked in such a run, so the j-th marked position is j.</remarks>
    private static void AlignToGraphemeClusters(ReadOnlySpan<char> run, SegmenterScratch s)
    {
        var n = run.Length;
        var ends = s.EnsureClusterEnds(n);
        GraphemeClusters.FindBoundaries(run, ends);
        var write = 0;
        var from = s.First[0];
        for (var i = 0; i < n; i++)
        {
            var to = s.First[i + 1];
            s.First[i] = write;
            if (ends[i] == i)
            {
                for (var e = from; e < to; e++)
                {
                    var edge = s.Edges[e];
                    var end = ends[edge.End];

                    // A stretched character is more than the one character the unknown-word model reads.
                    s.Edges[write++] = end == edge.End
                        ? edge
                        : edge with { End = end, Source = edge.Source == EdgeSource.HanSingle ? EdgeSource.Lexicon : edge.Source };
                }
            }

            from = to;
        }

        s.First[n] = write;
        s.EdgeCount = write;
    }

    private bool IsRemoved(ReadOnlySpan<char> word, UserDictionary overlay) =>
        (overlay.TryGet(word, out var w) && w.Entry.Frequency == 0) || (UserDictionary.TryGet(word, out w) && w.Entry.Frequency == 0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddUserWords(ReadOnlySpan<char> run, int i, UserDictionary dictionary, SegmenterScratch s)
    {
        if (dictionary.Count == 0 || !dictionary.MayStartWith(run[i]))
        {
            return;
        }

        var maxLength = Math.Min(dictionary.MaxLength, run.Length - i);
        for (var length = 1; length <= maxLength; length++)
        {
            var end = i + length;
            if (!dictionary.TryGet(run.Slice(i, length), out var word) || word.Entry.Frequency == 0 ||
                (end < run.Length && char.IsLowSurrogate(run[end]) && char.IsHighSurrogate(run[end - 1])))
            {
                continue;
            }

            var score = word.Forced ? ForcedUserWordScore * length : (float)(Math.Log(word.Entry.Frequency) - _lexicon.LogTotal);
            s.AddEdge(end, score, s.AddUserTag(word.Entry.Tag, _lexicon.Tags.Length), TokenKind.Word, EdgeSource.User);
        }
    }

    /// <summary>
    /// Numbers, Latin runs, ordinals and list markers starting at <paramref name="i"/>. A Latin run or
    /// number joined by separators (a.b.c, 1.2.3) is scanned once: the positions inside it reuse the
    /// scan (<paramref name="memo"/>), so a run of any length costs linear time.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddRuleMatches(ReadOnlySpan<char> run, int i, ref RuleMemo memo, SegmenterScratch s)
    {
        var c = run[i];
        var folded = CharFolding.Fold(c);
        var previous = i > 0 ? run[i - 1] : '\0';
        if (CharFolding.IsLatinOrDigit(c) && !CharFolding.IsLatinOrDigit(previous))
        {
            if (i >= memo.LatinCoreEnd)
            {
                memo.LatinCoreEnd = MatchLatin(run, i, out memo.LatinLastLetter);
                memo.LatinEnd = LatinSuffixEnd(run, memo.LatinCoreEnd);
            }

            // Only a run with a letter is a Latin token (C++ but not 3++).
            if (memo.LatinLastLetter >= i)
            {
                s.AddEdge(memo.LatinEnd, RuleScore, _lexicon.TagEng, TokenKind.Latin, EdgeSource.Rule);
            }

            if (char.IsAsciiDigit(folded))
            {
                if (i >= memo.NumberEnd)
                {
                    memo.NumberEnd = NumberRules.MatchArabic(run, i);
                    memo.UnitEnd = NumberRules.MatchRangeAndUnit(run, memo.NumberEnd, arabic: true, out memo.IsTime);
                }

                s.AddEdge(memo.NumberEnd, RuleScore, _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
                if (memo.UnitEnd > memo.NumberEnd)
                {
                    s.AddEdge(memo.UnitEnd, RuleScore, memo.IsTime ? _lexicon.TagT : _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
                }
            }
        }
        else if (NumberRules.IsChineseNumeral(c) && !NumberRules.IsChineseNumeral(previous))
        {
            var numberEnd = NumberRules.MatchChinese(run, i, out var hasMultiplier);
            var length = numberEnd - i;

            // A lone numeral makes a token only with a calendar unit right after it (三号, 四日, 一世纪):
            // most are parts of words (一个, 统一, 进一步), for which the unit dictionary need not be asked.
            if (length == 1 && (numberEnd == run.Length || !IsCalendarUnitStart(run[numberEnd])))
            {
                return;
            }

            var unitEnd = NumberRules.MatchRangeAndUnit(run, numberEnd, arabic: false, out var isTime);
            if (unitEnd > numberEnd && (length >= 2 || (isTime && IsCalendarUnit(run[numberEnd..unitEnd]))))
            {
                s.AddEdge(unitEnd, ChineseNumberWithUnitScore, isTime ? _lexicon.TagT : _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
            }

            if (length >= 2 && (hasMultiplier || length >= 3))
            {
                s.AddEdge(numberEnd, ChineseNumberScore, _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
            }
        }
        else if (c == '第' && i + 1 < run.Length)
        {
            var arabic = char.IsAsciiDigit(CharFolding.Fold(run[i + 1]));
            var end = arabic ? NumberRules.MatchArabic(run, i + 1) : NumberRules.MatchChinese(run, i + 1, out _);
            if (end > i + 1)
            {
                s.AddEdge(end, arabic ? RuleScore : ChineseNumberWithUnitScore, _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
            }
        }
        else if (Standard == SegmentationStandard.Default && folded == '(')
        {
            var end = NumberRules.MatchListMarker(run, i);
            if (end > i)
            {
                s.AddEdge(end, RuleScore, _lexicon.TagM, TokenKind.Number, EdgeSource.Rule);
            }
        }
    }

    /// <summary>
    /// A Chinese name the lexicon does not list (surname and one or two given-name characters),
    /// scored by the name model, P(surname) P(given₁) [P(given₂)], against the words it would
    /// replace; a title just before it (市长, 书记, 同志…) makes a name likelier.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddPersonName(ReadOnlySpan<char> run, int i, SegmenterScratch s)
    {
        // The name model is read by the run's trie codes (the lexicon's tables by code are a few
        // hot cache lines), and its probability before the Han test: most characters fail it.
        var codes = s.Prefixes.Codes;
        if (i + 2 > run.Length)
        {
            return;
        }

        var givenNames = _lexicon.GivenNameLogProbabilityByCode;
        var given1 = givenNames[codes[i + 1]];

        // After a title (or 、 between names) a given character the name model has not seen (焜 of 方焜,
        // 彬 of 魏学彬: jieba's names lack them) counts at the model's floor, unless it starts a word
        // (例 of 周例会): it then beats the rare character alone, but not a word. The title is looked
        // for only when the character before may end one (the table read here spares most positions the
        // call), and once: the name's score reads the same answer.
        var followsTitle = i > 0 && CharFolding.IsTitleEnd(run[i - 1]) && FollowsTitle(run, i);
        if ((given1 < MinGivenNameLogProbability && !(followsTitle && !StartsWord(i + 1, s))) || !CharFolding.IsHan(run[i + 1]))
        {
            return;
        }

        given1 = Math.Max(given1, MinGivenNameLogProbability);
        var score = NameScore + MultiCharWordBonus + _lexicon.SurnameLogProbabilityByCode[codes[i]] + given1 + (followsTitle ? TitleBonus : 0);
        s.AddEdge(i + 2, score + TwoCharacterNamePenalty, _lexicon.TagNr, TokenKind.Word, EdgeSource.Rule);
        if (i + 3 <= run.Length && givenNames[codes[i + 2]] is var seen2 && (seen2 >= MinGivenNameLogProbability || (followsTitle && !StartsWord(i + 2, s))) && CharFolding.IsHan(run[i + 2]) &&
            Math.Max(seen2, MinGivenNameLogProbability) is var given2 && MayEndName(i + 2, given2, s))
        {
            s.AddEdge(i + 3, score + given2 + GivenNameWordCredit(i, s), _lexicon.TagNr, TokenKind.Word, EdgeSource.Rule);
        }
    }

    /// <summary>
    /// A name that starts with a rare or ambiguous surname (<see cref="Surnames.Rare"/>: 毋富安, 安国明), made only
    /// where the text already says a name is there: after a title, after 、 that follows a name, or before 一行,
    /// 同志 or a verb of speaking. Its surname counts as the name model's rarest and its given characters must be
    /// ones the model has seen, so that 安全, 安排 and 安国 stay words even there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddNameInContext(ReadOnlySpan<char> run, int i, SegmenterScratch s)
    {
        // The context first: the title table read and the characters after the name rule out most positions
        // before the name model is read. A list's 、 says less than a title, so the item before it must read as
        // a name itself.
        var followsTitle = i > 0 && CharFolding.IsTitleEnd(run[i - 1]) && (run[i - 1] == '、' ? EndsWithName(run[..(i - 1)]) : FollowsTitle(run, i));
        var twoCharacters = i + 2 <= run.Length && (followsTitle || PrecedesNameFollower(run, i + 2));
        var threeCharacters = i + 3 <= run.Length && (followsTitle || PrecedesNameFollower(run, i + 3));
        var givenNames = _lexicon.GivenNameLogProbabilityByCode;
        var codes = s.Prefixes.Codes;
        if (!(twoCharacters || threeCharacters) || givenNames[codes[i + 1]] is var given1 && given1 < MinGivenNameLogProbability)
        {
            return;
        }

        var score = NameScore + MultiCharWordBonus + _lexicon.LeastSurnameLogProbability + given1 + TitleBonus;
        if (twoCharacters)
        {
            s.AddEdge(i + 2, score + TwoCharacterNamePenalty, _lexicon.TagNr, TokenKind.Word, EdgeSource.Rule);
        }

        if (threeCharacters && givenNames[codes[i + 2]] is var given2 && given2 >= MinGivenNameLogProbability && MayEndName(i + 2, given2, s))
        {
            s.AddEdge(i + 3, score + given2 + GivenNameWordCredit(i, s), _lexicon.TagNr, TokenKind.Word, EdgeSource.Rule);
        }
    }

    /// <summary>Whether the text before a list's 、 ends with a name of two or three characters (李东法 in 李东法、安国明).</summary>
    private bool EndsWithName(ReadOnlySpan<char> before) =>
        (before.Length >= 3 && LooksLikeName(before[^3..])) || (before.Length >= 2 && LooksLikeName(before[^2..]));

    /// <summary>
    /// Whether what follows a name's last character (at <paramref name="end"/>) is what official text puts after a
    /// person: 一行 or 同志, or a verb of speaking (表示, 指出, 强调; 李朝锋指出 is in the yearbook 52 times).
    /// </summary>
    private static bool PrecedesNameFollower(ReadOnlySpan<char> run, int end) =>
        run[end..] is ['一', '行', ..] or ['同', '志', ..] or ['表', '示', ..] or ['指', '出', ..] or ['强', '调', ..];

    /// <summary>
    /// Whether the character at <paramref name="position"/>, the last of a three-character name, may end it: not a
    /// conjunction, preposition or particle likelier as a word of its own (孔超和退休, 袁斌及巡回).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayEndName(int position, float givenNameLogProbability, SegmenterScratch s) =>
        !(StandsAlone(position, givenNameLogProbability, s) && IsFunctionWord(s.Prefixes.At(position)[0].Tag));

    /// <summary>The credit a three-character name at <paramref name="i"/> earns when its given name is a lexicon word (胜利, 五岳).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float GivenNameWordCredit(int i, SegmenterScratch s) => s.Prefixes.ContainsWord(i + 1, i + 3) ? GivenNameWordBonus : 0;

    /// <summary>
    /// Whether the character at <paramref name="position"/> is likelier as a word of its own than as a
    /// given-name character (<paramref name="givenNameLogProbability"/>): 和, 到, 及, 在 after a surname and
    /// a given-name character start the next word (孔超和退休, 袁斌及巡回) rather than end the name.
    /// </summary>
    private static bool StandsAlone(int position, float givenNameLogProbability, SegmenterScratch s)
    {
        var words = s.Prefixes.At(position);
        return !words.IsEmpty && words[0].Length == 1 && words[0].Score > givenNameLogProbability;
    }

    /// <summary>Whether a lexicon word of two or more characters starts at <paramref name="position"/>.</summary>
    private static bool StartsWord(int position, SegmenterScratch s) => s.Prefixes.At(position) is { Length: > 0 } words && words[^1].Length > 1;

    /// <summary>
    /// Whether a lexicon tag is a conjunction, preposition or particle (和, 及, 与, 在, 等). Other
    /// characters that are common words alone, 中, 年, 月, still end many names (黄克中, 王纪年).
    /// </summary>
    private bool IsFunctionWord(byte tag) => _lexicon.Tags[tag] is ['c' or 'p' or 'u', ..];

    internal static bool FollowsTitle(ReadOnlySpan<char> run, int i)
    {
        // Most characters end no title: one table read rules them out before the list is tried.
        if (i == 0 || !CharFolding.IsTitleEnd(run[i - 1]))
        {
            return false;
        }

        // Only a title that ends in that character can match: comparing last characters rules the
        // others out without a string comparison each (、 ends the list, after 37 that cannot match).
        var before = run[..i];
        var last = before[^1];
        foreach (var title in Titles)
        {
            if (title[^1] == last && before.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCalendarUnit(ReadOnlySpan<char> unit) => unit is "年" or "月" or "日" or "号" or "月份" or "年度" or "世纪";

    /// <summary>The first characters of <see cref="IsCalendarUnit"/>'s units.</summary>
    private static bool IsCalendarUnitStart(char c) => c is '年' or '月' or '日' or '号' or '世';

    /// <summary>
    /// The end of a run of ASCII letters and digits (folded), with their combining marks (naïve
    /// written with U+0308), joined by . - _, and the position of its last letter (-1 when it has
    /// none). The scan does not depend on where it starts inside the run, so every start inside it
    /// shares one scan.
    /// </summary>
    private static int MatchLatin(ReadOnlySpan<char> run, int start, out int lastLetter)
    {
        lastLetter = -1;
        var i = start;
        while (i < run.Length)
        {
            var f = CharFolding.Fold(run[i]);
            if (char.IsAsciiLetterOrDigit(f))
            {
                lastLetter = char.IsAsciiLetter(f) ? i : lastLetter;
                i++;
            }
            else if ((f is '.' or '-' or '_' && i + 1 < run.Length && char.IsAsciiLetterOrDigit(CharFolding.Fold(run[i + 1]))) ||
                CharFolding.IsCombiningMark(run[i]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>A Latin run may end in + or # (C++, C#).</summary>
    private static int LatinSuffixEnd(ReadOnlySpan<char> run, int end)
    {
        while (end < run.Length && CharFolding.Fold(run[end]) is '+' or '#')
        {
            end++;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSingle(ReadOnlySpan<char> run, int i, ref RuleMemo memo, SegmenterScratch s)
    {
        var c = run[i];
        var pair = char.IsHighSurrogate(c) && i + 1 < run.Length && char.IsLowSurrogate(run[i + 1]);
        var kind = CharFolding.KindOf(run, i);
        var (tag, score, source) = kind switch
        {
            TokenKind.Word when CharFolding.IsHan(c) => (_lexicon.TagX, _unknownCharScore, EdgeSource.HanSingle),
            TokenKind.Word => (_lexicon.TagX, _unknownCharScore, EdgeSource.Lexicon),
            TokenKind.Number => (_lexicon.TagM, RuleScore, EdgeSource.Rule),
            TokenKind.Latin => (_lexicon.TagEng, RuleScore, EdgeSource.Rule),
            TokenKind.Punctuation => (_lexicon.TagW, RuleScore, EdgeSource.Rule),
            _ => (_lexicon.TagX, RuleScore, EdgeSource.Rule),
        };
        var end = i + (pair ? 2 : 1);

        // Runs of the same dash or ellipsis (——, ……) are one punctuation mark, scanned once for
        // all the positions inside the run.
        if (kind == TokenKind.Punctuation && c is '—' or '…')
        {
            if (i >= memo.RepeatEnd || run[i - 1] != c)
            {
                memo.RepeatEnd = end;
                while (memo.RepeatEnd < run.Length && run[memo.RepeatEnd] == c)
                {
                    memo.RepeatEnd++;
                }
            }

            end = memo.RepeatEnd;
        }

        s.AddEdge(end, score, tag, kind, source);
    }

    /// <summary>The lattice edge of a lexicon word found at <paramref name="start"/>.</summary>
    internal static Edge LexiconEdge(PrefixMatch match, int start, CharacterTraits traits)
    {
        var single = match.Length == 1;
        return new Edge(start + match.Length, match.Score, match.Tag, TokenKind.Word,
            single && (traits & CharacterTraits.Han) != 0 ? EdgeSource.HanSingle : EdgeSource.Lexicon);
    }

    /// <summary>
    /// The maximum-probability path, right to left: at each position the lexicon's words (from the
    /// prefix table when <paramref name="lexiconInTable"/>), then the other edges, in the order
    /// the lattice lists them. The path keeps only the winner's index (see <see cref="PathView"/>): the
    /// lexicon's words, most of all candidates, are never copied into the lattice, and only the
    /// positions the path passes ever make an edge of theirs.
    /// </summary>
    private static void FindBestPath(ReadOnlySpan<char> run, bool lexiconInTable, SegmenterScratch s)
    {
        var n = run.Length;
        var first = s.First;
        var edges = s.Edges;
        var prefixes = s.Prefixes;
        var marked = prefixes.Marked;
        var j = prefixes.MarkedCount - 1;

        // Every index below is a position of the run or a candidate's end, at most n, and the
        // scratch's arrays hold n + 1 (EnsureRun): the loop reads them without bounds checks.
        ref var best = ref MemoryMarshal.GetArrayDataReference(s.Best);
        ref var path = ref MemoryMarshal.GetArrayDataReference(s.Path);
        ref var counts = ref MemoryMarshal.GetArrayDataReference(prefixes.Counts);
        ref var matches = ref MemoryMarshal.GetArrayDataReference(prefixes.Matches);
        Unsafe.Add(ref best, n) = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            var bestScore = double.NegativeInfinity;
            var bestEnd = -1;
            var bestWord = -1;
            var wordCount = lexiconInTable && !(i > 0 && char.IsLowSurrogate(run[i]) && char.IsHighSurrogate(run[i - 1]))
                ? Unsafe.Add(ref counts, i)
                : 0;
            ref var words = ref Unsafe.Add(ref matches, i * PrefixMatchTable.MaxMatchesPerPosition);

            // The words come shortest first and are taken longest first: the shortest, usually the
            // character alone, reads the score just written for the next position, so it comes last
            // and the comparisons of the longer words (whose scores were written earlier) are off
            // that chain from one position to the next. On a tie the longer word wins, as in jieba:
            // a later, shorter word must be strictly better. The winner is kept by selects rather than
            // branches: which word wins is the text's business and no predictor guesses it.
            if (wordCount > 0)
            {
                var k = wordCount - 1;
                ref var longest = ref Unsafe.Add(ref words, k);
                bestScore = longest.Score + Unsafe.Add(ref best, i + longest.Length);
                bestWord = k;
                while (--k >= 0)
                {
                    ref var word = ref Unsafe.Add(ref words, k);
                    var score = word.Score + Unsafe.Add(ref best, i + word.Length);
                    var better = score > bestScore;
                    bestScore = Max(score, bestScore);
                    bestWord ^= (bestWord ^ k) & -Unsafe.BitCast<bool, byte>(better);
                }

                bestEnd = i + Unsafe.Add(ref words, bestWord).Length;
            }

            if (j >= 0 && marked[j] == i)
            {
                for (var e = first[j]; e < first[j + 1]; e++)
                {
                    var end = edges[e].End;
                    var score = edges[e].Score + Unsafe.Add(ref best, end);
                    if (score > bestScore || (score == bestScore && end > bestEnd))
                    {
                        bestScore = score;
                        bestWord = ~e;
                        bestEnd = end;
                    }
                }

                j--;
            }

            Unsafe.Add(ref best, i) = bestScore;
            Unsafe.Add(ref path, i) = bestWord;
        }
    }

    /// <summary>
    /// The larger of two scores, neither of them NaN: one instruction where the processor has it
    /// (<see cref="Math.Max(double, double)"/> orders NaN and signed zeros too, a chain of seven that
    /// every step of the best path waits on).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Max(double a, double b) =>
        Sse2.IsSupported ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : Math.Max(a, b);

    private void EmitPath(ReadOnlySpan<char> run, int offset, SegmenterScratch s)
    {
        var n = run.Length;
        var path = new PathView(s, _lexicon);

        // Every token covers a character at least: room for n tokens once, rather than a check (and
        // a write of the scratch's count) per token.
        var tokens = s.EnsureTokens(n);
        var count = s.TokenCount;

        // Each position the path passes decodes its edge once: the scan for a stretch of single
        // characters hands on the edge that ends it, and a lone character keeps its own.
        var i = 0;
        var edge = path.EdgeAt(run, 0);

        // Where the last token ended if it is a piece of a transliterated name (see IsNamePiece), and
        // the least score of the pieces it holds.
        var pieceEnd = -1;
        var pieceScore = 0f;
        while (i < n)
        {
            if (edge.Source != EdgeSource.HanSingle)
            {
                // Only a token after a piece can join it, so pieceEnd needs no reset after other tokens.
                if (edge.Tag == _lexicon.TagNrt || edge.Tag == _lexicon.TagNr)
                {
                    count = AddName(run, offset, i, edge, s, count, ref pieceEnd, ref pieceScore);
                }
                else
                {
                    tokens[count++] = new RawToken(offset + i, offset + edge.End, edge.Tag, edge.Kind);
                }

                i = edge.End;
                if (i < n)
                {
                    edge = path.EdgeAt(run, i);
                }

                continue;
            }

            // Collect consecutive single Han characters: unknown words hide in such runs.
            var start = i;
            var single = edge;
            do
            {
                i++;
            }
            while (i < n && (edge = path.EdgeAt(run, i)).Source == EdgeSource.HanSingle);

            if (i - start == 1)
            {
                // An adverb cannot end a list item (都 before 、 is no "all", which a predicate must follow):
                // after a rare name piece it is the name's last character (沙米拉塔里都、).
                if (start == pieceEnd && single.Tag == _lexicon.TagD && i < n && IsListItemEnd(run[i]) && pieceScore < _rareNamePieceScore)
                {
                    tokens[count - 1] = tokens[count - 1] with { End = offset + i, Tag = _lexicon.TagNrt };
                }
                else
                {
                    tokens[count++] = new RawToken(offset + start, offset + i, single.Tag, TokenKind.Word);
                }
            }
            else if (UseUnknownWordModel && !s.Prefixes.ContainsWord(start, i))
            {
                s.TokenCount = count;
                CutUnknown(run, start, i, offset, path, s);
                count = s.TokenCount;
            }
            else
            {
                for (var k = start; k < i; k++)
                {
                    tokens[count++] = new RawToken(offset + k, offset + k + 1, path.EdgeAt(run, k).Tag, TokenKind.Word);
                }
            }
        }

        s.TokenCount = count;
    }

    /// <summary>
    /// Whether the path's word at <paramref name="start"/>, tagged as a name, is a piece of a
    /// transliterated name: a word that the lexicon tags <c>nrt</c> (jieba tags 穆罕 and 穆德, the pieces
    /// of 穆罕穆德, so), taken as a lexicon word or made by the name model over the same characters;
    /// <paramref name="score"/> is the lexicon's score of the word. A single Han character never gets
    /// here (it leaves the path with the stretch of single characters it is in), which is as it should
    /// be: jieba tags many that are common in Chinese names <c>nrt</c> too (亨, 昭, 睿).
    /// </summary>
    private bool IsNamePiece(int start, Edge edge, SegmenterScratch s, out float score)
    {
        score = edge.Score;
        if (edge.Source == EdgeSource.Lexicon)
        {
            return edge.Tag == _lexicon.TagNrt;
        }

        if (edge.Source != EdgeSource.Rule)
        {
            return false;
        }

        foreach (var match in s.Prefixes.At(start))
        {
            if (start + match.Length == edge.End)
            {
                score = match.Score;
                return match.Tag == _lexicon.TagNrt;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the path's word at <paramref name="start"/>, tagged as a name, to the tokens: joined to the
    /// name before it when both are pieces of a transliterated name (see <see cref="IsNamePiece"/>) and
    /// one of them is rare, and then with the character before the name (see
    /// <see cref="TakeCharacterBefore"/>). <paramref name="pieceEnd"/> and <paramref name="pieceScore"/>
    /// are where the last piece ended and the least score of the pieces its name holds. Returns the
    /// token count.
    /// </summary>
    /// <remarks>
    /// Not inlined: asked for 3–4 % of the tokens (those tagged <c>nr</c> or <c>nrt</c>); kept in the
    /// path's output loop, this work made the loop's compiled code a quarter larger and put more of its
    /// locals on the stack (docs/tokenization.md).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AddName(ReadOnlySpan<char> run, int offset, int start, Edge edge, SegmenterScratch s, int count, ref int pieceEnd, ref float pieceScore)
    {
        var tokens = s.Tokens;
        if (!IsNamePiece(start, edge, s, out var score))
        {
            tokens[count++] = new RawToken(offset + start, offset + edge.End, edge.Tag, edge.Kind);
            return count;
        }

        if (start == pieceEnd && Math.Min(score, pieceScore) < _rareNamePieceScore)
        {
            tokens[count - 1] = tokens[count - 1] with { End = offset + edge.End, Tag = _lexicon.TagNrt };
            score = Math.Min(score, pieceScore);
        }
        else
        {
            tokens[count++] = new RawToken(offset + start, offset + edge.End, edge.Tag, edge.Kind);
        }

        pieceEnd = edge.End;
        pieceScore = score;

        // Once the name holds a rare piece, the gate of the join above.
        return score < _rareNamePieceScore ? TakeCharacterBefore(run, offset, s, tokens, count) : count;
    }

    /// <summary>
    /// Joins the last token, a transliterated name that holds a rare piece, with the one-character
    /// token before it when that character is one transliterated names are made of
    /// (<see cref="CompiledLexicon.IsTransliteration"/>): the best path leaves such a character alone
    /// where it is a word of its own too (沙 米拉塔里: jieba's 沙 is a surname, 2,932 uses), and the name
    /// then misses its first syllable. Only a character the path left to the stretch of single
    /// characters is taken (no user word, no rule's match), and not one that spells no foreign names
    /// (在, 的, 和 before 克林顿). A name takes one character at most: one that starts with a single
    /// character has taken it. Returns the token count.
    /// </summary>
    private int TakeCharacterBefore(ReadOnlySpan<char> run, int offset, SegmenterScratch s, RawToken[] tokens, int count)
    {
        var name = tokens[count - 1];
        var start = name.Start - offset;
        if (start == 0 || tokens[count - 2].Start != name.Start - 1 || !_lexicon.IsTransliteration(run[start - 1]))
        {
            return count;
        }

        var path = new PathView(s, _lexicon);
        if (path.EdgeAt(run, start - 1).Source != EdgeSource.HanSingle || path.EdgeAt(run, start).Source == EdgeSource.HanSingle)
        {
            return count;
        }

        tokens[count - 2] = name with { Start = name.Start - 1, Tag = _lexicon.TagNrt };
        return count - 1;
    }

    /// <summary>A mark that ends an item of a list or a clause, which no adverb stands before.</summary>
    private static bool IsListItemEnd(char c) => c is '、' or '，' or '。' or '；';

    /// <summary>jieba's finalseg: the words of a stretch of single characters, by their B/M/E/S states.</summary>
    /// <remarks>
    /// Not inlined: about one token in thirty comes from here, and inlined into the path's output it
    /// gave that loop a frame of 424 bytes, its locals spilled around every token.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CutUnknown(ReadOnlySpan<char> run, int start, int end, int offset, PathView path, SegmenterScratch s)
    {
        const int B = 0, E = 2, S = 3;
        var length = end - start;
        s.EnsureHmm(length);
        UnknownWordStates(_lexicon, run[start..end], s.Prefixes.Codes.AsSpan(start, length), s.Back, s.States);
        var wordStart = 0;
        for (var t = 0; t < length; t++)
        {
            var state = s.States[t];
            if (state == B)
            {
                wordStart = t;
            }
            else if (state == E || state == S)
            {
                var from = state == S ? t : wordStart;

                // The model reads one character at a time and joins a name it does not know to the
                // word after it (耿旻到): a surname-led word of three ends before such a character.
                if (t - from == 2 && _lexicon.IsSurname(run[start + from]) &&
                    StandsAlone(start + t, _lexicon.GivenNameLogProbabilityByCode[s.Prefixes.Codes[start + t]], s))
                {
                    var name = run.Slice(start + from, 2);
                    s.Add(offset + start + from, offset + start + t, LooksLikeName(name) ? _lexicon.TagNr : _lexicon.TagN, TokenKind.Word);
                    from = t;
                }

                var word = run.Slice(start + from, t + 1 - from);
                var tag = word.Length == 1
                    ? path.EdgeAt(run, start + from).Tag
                    : LooksLikeName(word) ? _lexicon.TagNr : _lexicon.TagN;
                s.Add(offset + start + from, offset + start + from + word.Length, tag, TokenKind.Word);
                wordStart = t + 1;
            }
        }
    }

    /// <summary>
    /// jieba's finalseg Viterbi: the most likely B/M/E/S state of each character of
    /// <paramref name="text"/> (two or more characters, with their trie <paramref name="codes"/>) into
    /// <paramref name="states"/>, with <paramref name="back"/> (four per character) as working space.
    /// </summary>
    /// <remarks>
    /// The previous character's four scores and the eight transitions the states allow stay in locals,
    /// so a character costs its emission row and the back pointers only; the additions and
    /// comparisons are jieba's, in its order, so the states are the same bit for bit as with a table
    /// of scores.
    /// </remarks>
    internal static void UnknownWordStates(CompiledLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<ushort> codes, Span<byte> back, Span<byte> states)
    {
        const int B = 0, M = 1, E = 2, S = 3;
        var transition = lexicon.HmmTransition;
        var (fromEToB, fromSToB) = (transition[(E * 4) + B], transition[(S * 4) + B]);
        var (fromMToM, fromBToM) = (transition[(M * 4) + M], transition[(B * 4) + M]);
        var (fromBToE, fromMToE) = (transition[(B * 4) + E], transition[(M * 4) + E]);
        var (fromSToS, fromEToS) = (transition[(S * 4) + S], transition[(E * 4) + S]);
        var emission = lexicon.HmmEmission.AsSpan();
        var first = emission.Slice(Row(lexicon, text, codes, 0), 4);
        var hmmStart = lexicon.HmmStart;
        var (b, m, e, single) = (hmmStart[B] + first[B], hmmStart[M] + first[M], hmmStart[E] + first[E], hmmStart[S] + first[S]);
        back = back[..(text.Length * 4)];
        for (var t = 1; t < text.Length; t++)
        {
            var emit = emission.Slice(Row(lexicon, text, codes, t), 4);
            var pointers = back.Slice(t * 4, 4);
            var nextB = Step(e + fromEToB, single + fromSToB, emit[B], E, S, out pointers[B]);
            var nextM = Step(m + fromMToM, b + fromBToM, emit[M], M, B, out pointers[M]);
            var nextE = Step(b + fromBToE, m + fromMToE, emit[E], B, M, out pointers[E]);
            var nextS = Step(single + fromSToS, e + fromEToS, emit[S], S, E, out pointers[S]);
            (b, m, e, single) = (nextB, nextM, nextE, nextS);
        }

        var current = e >= single ? E : S;
        for (var t = text.Length - 1; t >= 0; t--)
        {
            states[t] = (byte)current;
            current = back[(t * 4) + current];
        }

        // By the run's codes; a character in no word (rare) by itself.
        static int Row(CompiledLexicon lexicon, ReadOnlySpan<char> text, ReadOnlySpan<ushort> codes, int t) =>
            lexicon.HmmRowByCode(codes[t]) is var row and >= 0 ? row : lexicon.HmmRow(text[t]);

        static double Step(double p1, double p2, double emit, byte from1, byte from2, out byte from)
        {
            if (p1 >= p2)
            {
                from = from1;
                return p1 + emit;
            }

            from = from2;
            return p2 + emit;
        }
    }

    /// <summary>Whether a word of two or three characters reads as a Chinese personal name.</summary>
    internal bool LooksLikeName(ReadOnlySpan<char> word) => word.Length is 2 or 3 && _lexicon.IsSurname(word[0]) && IsGivenName(word[1..]);

    /// <summary>Whether every character of <paramref name="givenName"/> is one the name model has seen in a given name.</summary>
    private bool IsGivenName(ReadOnlySpan<char> givenName)
    {
        foreach (var c in givenName)
        {
            if (float.IsNegativeInfinity(_lexicon.GivenNameLogProbability[c]))
            {
                return false;
            }
        }

        return true;
    }

    // The conventions never split or merge a user word: the user's word is the truth.
    private void ApplyStandard(ReadOnlySpan<char> run, int offset, int firstToken, UserDictionary overlay, SegmenterScratch s)
    {
        if (Standard == SegmentationStandard.Pku)
        {
            SplitForPku(run, offset, firstToken, overlay, s);
        }
        else
        {
            MergeDates(run, offset, firstToken, overlay, s);
        }
    }

    private bool IsUserWord(ReadOnlySpan<char> word, UserDictionary overlay) =>
        (overlay.Count > 0 && overlay.TryGet(word, out _)) || (UserDictionary.Count > 0 && UserDictionary.TryGet(word, out _));

    /// <summary>PKU: surname apart from given name, and a number apart from its measure word.</summary>
    private void SplitForPku(ReadOnlySpan<char> run, int offset, int firstToken, UserDictionary overlay, SegmenterScratch s)
    {
        var count = s.TokenCount - firstToken;
        s.CopyRunTokens(firstToken, count);
        s.TokenCount = firstToken;
        for (var k = 0; k < count; k++)
        {
            var token = s.RunTokens[k];
            var text = run[(token.Start - offset)..(token.End - offset)];
            if (IsUserWord(text, overlay))
            {
                s.Add(token.Start, token.End, token.Tag, token.Kind);
                continue;
            }

            if (token.Kind == TokenKind.Word && (token.Tag == _lexicon.TagNr || token.Tag == _lexicon.TagNrfg) && text.Length is 2 or 3 &&
                (LooksLikeName(text) || IsNameInContext(text, token.Start - offset, s)))
            {
                s.Add(token.Start, token.Start + 1, _lexicon.TagNr, TokenKind.Word);
                s.Add(token.Start + 1, token.End, _lexicon.TagNr, TokenKind.Word);
                continue;
            }

            if (token.Kind is TokenKind.Number or TokenKind.Word && SplitNumberForPku(text, token.Start, s))
            {
                continue;
            }

            s.Add(token.Start, token.End, token.Tag, token.Kind);
        }
    }

    /// <summary>
    /// Whether a token tagged as a name, at <paramref name="start"/> in the run, is one <see cref="AddNameInContext"/>
    /// made (毋富安, which PKU writes 毋 富安): the lexicon tags many words that start with those surnames as names
    /// (养老, 弘扬), which stay whole.
    /// </summary>
    private bool IsNameInContext(ReadOnlySpan<char> text, int start, SegmenterScratch s) =>
        (_lexicon.TraitsOf(text[0]) & CharacterTraits.RareSurname) != 0 && IsGivenName(text[1..]) && !s.Prefixes.ContainsWord(start, start + text.Length);

    /// <summary>
    /// PKU keeps a number whole with 年 (a year: 1998年, 一九九八年), 月, 日, 号, 时, 分, 秒 and %, and
    /// otherwise apart from its approximation and measure word (3 个, 二十 多 天, 10 年, 20 世纪);
    /// 一个 is one word. Returns whether it split the token.
    /// </summary>
    private bool SplitNumberForPku(ReadOnlySpan<char> text, int start, SegmenterScratch s)
    {
        var numberStart = text[0] == '第' ? 1 : 0;
        if (numberStart >= text.Length || text is "一个")
        {
            return false;
        }

        var arabic = char.IsAsciiDigit(CharFolding.Fold(text[numberStart]));
        var numberEnd = arabic
            ? NumberRules.MatchArabic(text, numberStart, approximate: false)
            : NumberRules.MatchChinese(text, numberStart, out _, approximate: false);
        if (numberEnd == numberStart || numberEnd >= text.Length)
        {
            return false;
        }

        var unitStart = numberEnd < text.Length && NumberRules.IsApproximate(text[numberEnd]) ? numberEnd + 1 : numberEnd;
        var unit = text[unitStart..];
        if (!unit.IsEmpty && !NumberRules.IsMeasureWord(unit) && !NumberRules.IsTimeUnit(unit))
        {
            return false;
        }

        var digits = text[numberStart..numberEnd];
        var isYear = unit is "年" && (arabic ? digits.Length >= 3 : digits.Length >= 2 && !digits.ContainsAny("十百千万亿"));
        if (unitStart == numberEnd && (unit is "月" or "日" or "号" or "时" or "分" or "秒" || isYear))
        {
            return false;
        }

        s.Add(start, start + numberEnd, _lexicon.TagM, TokenKind.Number);
        if (unitStart > numberEnd)
        {
            s.Add(start + numberEnd, start + numberEnd + 1, _lexicon.TagM, TokenKind.Number);
        }

        if (!unit.IsEmpty)
        {
            s.Add(start + unitStart, start + text.Length, _lexicon.TagQ, TokenKind.Word);
        }

        return true;
    }

    /// <summary>Default and MSR: a date's parts (2019年 3月 5日, 一九九八年 一月) make one token.</summary>
    private void MergeDates(ReadOnlySpan<char> run, int offset, int firstToken, UserDictionary overlay, SegmenterScratch s)
    {
        // Every merge joins a month to its year or its day: a run without 月 has none, as the walk's
        // pass over the characters found (most runs with 年, 日 or 号 have no 月: 今年, 日本, 多年).
        if ((s.Prefixes.RunTraits & CharacterTraits.Month) == 0)
        {
            return;
        }

        // A month is a token that ends in 月, so only the tokens from the one before the run's first
        // 月 to the one after its last can merge (a dateline opens a long paragraph with none after).
        var tokens = s.Tokens;
        var count = s.TokenCount;
        var k = Math.Max(firstToken, TokenAt(tokens, firstToken, count, offset + run.IndexOf('月')) - 1);
        var end = Math.Min(count, TokenAt(tokens, firstToken, count, offset + run.LastIndexOf('月')) + 2);

        // Most runs with those characters hold no date (今年, 日本): a scan that writes nothing finds
        // the first merge, and the tokens before it stay where they are.
        var lastPart = 0;
        for (; k < end; k++)
        {
            var part = DatePartAt(run, tokens[k], offset, overlay);
            if (lastPart > 0 && part == lastPart + 1 && tokens[k - 1].End == tokens[k].Start)
            {
                break;
            }

            lastPart = part;
        }

        var write = k;
        for (; k < end; k++)
        {
            var token = tokens[k];
            var part = DatePartAt(run, token, offset, overlay);
            if (lastPart > 0 && part == lastPart + 1 && tokens[write - 1].End == token.Start)
            {
                tokens[write - 1] = new RawToken(tokens[write - 1].Start, token.End, _lexicon.TagT, TokenKind.Number);
            }
            else
            {
                tokens[write++] = token;
            }

            lastPart = part;
        }

        // The tokens after the last month move down over those merged.
        if (write < end)
        {
            Array.Copy(tokens, end, tokens, write, count - end);
        }

        s.TokenCount = write + count - end;
    }

    /// <summary>The index of the token, among <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>] (in order, without gaps), that covers <paramref name="position"/>.</summary>
    private static int TokenAt(RawToken[] tokens, int from, int to, int position)
    {
        while (from < to)
        {
            var middle = (from + to) >>> 1;
            if (tokens[middle].End <= position)
            {
                from = middle + 1;
            }
            else
            {
                to = middle;
            }
        }

        return from;
    }

    /// <summary>The date part a token of the run is (see <see cref="DatePart"/>); 0 for a user word.</summary>
    private int DatePartAt(ReadOnlySpan<char> run, RawToken token, int offset, UserDictionary overlay)
    {
        // The suffix first: nearly every token fails it, where one or two characters is a coin toss.
        if (!CharFolding.IsDateSuffix(run[token.End - 1 - offset]))
        {
            return 0;
        }

        var text = run[(token.Start - offset)..(token.End - offset)];
        var part = DatePart(text);
        return part > 0 && IsUserWord(text, overlay) ? 0 : part;
    }

    /// <summary>1 for a year (…年), 2 for a month (…月), 3 for a day (…日/号) written with numerals; 0 otherwise.</summary>
    private static int DatePart(ReadOnlySpan<char> text)
    {
        if (!CharFolding.IsDateSuffix(text[^1]) || text.Length < 2)
        {
            return 0;
        }

        var numberEnd = char.IsAsciiDigit(CharFolding.Fold(text[0]))
            ? NumberRules.MatchArabic(text, 0)
            : NumberRules.MatchChinese(text, 0, out _);
        if (numberEnd != text.Length - 1)
        {
            return 0;
        }

        return text[^1] switch
        {
            '年' => 1,
            '月' => 2,
            '日' or '号' => 3,
            _ => 0,
        };
    }
}

/// <summary>
/// The best path's winners (see <see cref="SegmenterScratch.Path"/>), read where the path passes:
/// a lexicon word of the prefix table becomes an edge only there.
/// </summary>
internal readonly ref struct PathView(SegmenterScratch s, CompiledLexicon lexicon)
{
    private readonly int[] _path = s.Path;
    private readonly PrefixMatch[] _matches = s.Prefixes.Matches;
    private readonly Edge[] _edges = s.Edges;
    private readonly ReadOnlySpan<CharacterTraits> _traits = lexicon.Traits;

    /// <summary>The edge the best path takes at position <paramref name="i"/> of the run, which it passes.</summary>
    public Edge EdgeAt(ReadOnlySpan<char> run, int i)
    {
        var winner = _path[i];
        if (winner < 0)
        {
            return _edges[~winner];
        }

        return Segmenter.LexiconEdge(_matches[(i * PrefixMatchTable.MaxMatchesPerPosition) + winner], i, _traits[run[i]]);
    }
}

/// <summary>
/// Scans that the positions inside one Latin run, number or run of dashes share, so that no
/// position rescans what an earlier one has scanned. Fresh for every run.
/// </summary>
internal struct RuleMemo
{
    public int LatinCoreEnd;
    public int LatinLastLetter;
    public int LatinEnd;
    public int NumberEnd;
    public int UnitEnd;
    public bool IsTime;
    public int RepeatEnd;
}

internal enum EdgeSource : byte
{
    Lexicon,
    HanSingle,
    Rule,
    User,
}
