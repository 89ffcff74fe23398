namespace Weidu.Entities;

/// <summary>
/// The person grammars that need no post or list: a surname before an honorific, foreign and Japanese names, and
/// names listed beside a person.
/// </summary>
internal sealed partial class Scanner
{
    // A transliterated name without context must be this long and, on average, this much more name-like than text.
    private const int MinForeignNameLength = 3;
    private const float MinForeignNameScore = 3f;
    private const float MinShortForeignNameScore = 4f;

    // A word at least this frequent (多云, 希望; not 特在) is read as a word where it would end a foreign name.
    private const int MinBoundaryWordFrequency = 20;

    /// <summary>Numerals and measures, which make 某 "some" rather than a person's "so-and-so".</summary>
    private const string Quantifiers = "一二三两几些种个位项件类次天年月日方";

    /// <summary>Characters that may close a clause after a name: 琼斯说，, 克林顿等。</summary>
    private const string ClauseFinals = "说等的了们呢吧啊来去看";

    /// <summary>Words before a transliterated name that make it a place: 在图卢兹, 首都阿布贾, 迁都阿斯塔纳.</summary>
    private static readonly WordSet PlaceCues = new("在|于|到|抵达|前往|位于|首都|城市|迁都|访问|途经|小镇|城|市|省|州|南部|北部|东部|西部|中部");

    /// <summary>Roles printed right before a person's name that the post grammar does not cover (see <see cref="ScanNamesAfterRoles"/>).</summary>
    private static readonly WordSet PersonRoles = new(
        "大臣|外交大臣|司令|教练|主教练|外援|选手|球员|前锋|后卫|门将|名将|裁判|议员|参议员|众议员|协调员|发言人|领袖|作家|诗人|学者|作者|画家|"
        + "导演|歌手|宇航员|干事|发行人|总统|首相|国王|女王|将军|元帅|大使|特使|特别代表|顾问|总裁|副总裁|院士|男友|女友|丈夫|妻子|厂主|元老|主力|女星|球星|影星|歌星|侨领|指挥|女儿|儿子|队友|老将|新秀|"
        + "军长|副军长|师长|副师长|旅长|参谋长|副参谋长|司令官|副司令|舰长|行长|副行长|会长|副会长|总干事|执行干事");

    /// <summary>Verbs of saying that follow a speaker at the head of a clause (see <see cref="ScanSpeakers"/>).</summary>
    private static readonly WordSet ReportingVerbs = new("说|表示|指出|强调|认为|称|敦促|透露|告诉|宣布|坦言|回忆说|承认|呼吁|说道|堪称");

    /// <summary>
    /// Adverbs of a past deed a clause's subject comes right before (郎平曾找): a name heading a clause before one is read
    /// as before a verb of saying (see <see cref="ScanSpeakers"/>), as the common words jieba also tags nr (文明, 叶子)
    /// seldom head a clause that tells what they once did. The adverb must begin no longer word (曾几何时).
    /// </summary>
    private static readonly WordSet PastAdverbs = new("曾|曾经");

    /// <summary>
    /// Time words a clause's subject comes right before, as news text dates what a person did (哈里斯今天抵达): a foreign
    /// name heading a clause before one is read as before a verb of saying (see <see cref="ScanSpeakers"/>).
    /// </summary>
    private static readonly WordSet SubjectTimeWords = new("今天|昨天|明天|日前|近日|当天|今晨|昨晚|今晚");

    /// <summary>Characters that begin a clause before its speaker: 据翟凤岗透露.</summary>
    private const string SpeakerLeadIns = "据";

    private const int MaxSpeakerLength = 5;

    // The longest foreign name read from characters that make no word, where context says a name is there (库马拉通加总统).
    private const int MaxWordlessNameLength = 5;

    /// <summary>Words after a bare surname that make it a person's name: 胡老, 李老师, 陈小姐, 王某.</summary>
    private static readonly WordSet PersonHonorifics = new("老|老师|先生|女士|小姐|太太|夫人|教授|大夫|医生|师傅|大娘|大爷|大妈|大姐|大哥|阿姨|某|老汉|同学");

    // The foreign names found without context, in order: the Chinese-name scan leaves their characters alone.
    private readonly List<(int Start, int End)> _foreignNames = [];

    // Per position of the text, what ParseName reads there after context, plus one (0: not yet asked), for the names
    // listed beside a person (see ListedNameLength).
    private int[]? _listedNameLengths;

    /// <summary>
    /// Posts of a county, a city, a bureau or a unit (周副县长, 汤局长, 张书记, 唐知县): a surname alone before one is a
    /// reference to its holder, which the gold sets tag as a person and <see cref="AliasResolver"/> resolves to the
    /// full name.
    /// </summary>
    private static readonly WordSet LocalPosts = new(
        "书记|副书记|市长|副市长|区长|副区长|县长|副县长|省长|副省长|主任|副主任|部长|副部长|局长|副局长|处长|副处长|厂长|副厂长"
        + "|经理|副经理|校长|副校长|院长|副院长|乡长|镇长|村长|队长|政委|秘书长|委员|常委|知县");

    // The local posts' first characters: a rare surname is asked for a post after it only before one of them, a bit's
    // test where the word list's walk would run at every rare surname's position.
    private static readonly BitSet LocalPostStarts = BitSet.Of(string.Concat(LocalPosts.Words.Select(post => post[..1])));

    /// <summary>
    /// A common surname alone before an honorific (胡老说, 李老师, 陈小姐, 王某), a national post (毛主席, 唐外长) or a
    /// local post (胡书记, 汤局长), which names the person as surely as the full name would; after a local post
    /// <see cref="AliasResolver"/> resolves it to the full name when the text or the corpus gives it. The surname must
    /// not end a word (历史老师, 担任主席) nor begin one with what follows (古老, 高校长), nor be a word that follows
    /// names (于某一方面, 任局长), and the post must begin no longer word (主席团, 书记处, 委员会). A rare surname that is
    /// no function word names the person before a local post too (托项市长), unless it counts (5项局长令) or ends a
    /// division's name (产业集聚区主任); at a clause's head, before an honorific, so does any rare one that is no
    /// function word (温先生). A common surname after 老 or 小 (老于的, 小李说) names the person, and so does a
    /// name-like given name of two characters after 小 at a boundary (小俊峰说 → 俊峰), which the corpus pass then finds
    /// alone elsewhere.
    /// </summary>
    private void ScanSurnameReferences()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.CommonSurnames, 0); i + 1 < text.Length; i = NextAt(Gate.CommonSurnames, i + 1))
        {
            // The honorific or post first: most surnames have neither after them, and the word checks ask the lexicon.
            if (!NameModel.IsCommonSurname(text[i]) || !(StartsHonorific(i + 1) || StartsNationalPost(i + 1) || StartsLocalPost(i + 1))
                || Grammar.NameFollowers.LongestPrefix(text.Slice(i, 1)) == 1 || EndsWordAt(i + 1) || _lexicon.IsWord(text.Slice(i, 2)))
            {
                continue;
            }

            AddPerson(i, i + 1, Confidence.Cue, null);
        }

        // 姓樊的技术人员: a surname after 姓 (not the end of 百姓) before a boundary or a word that follows names; 温先生对:
        // any surname that is no function word before an honorific at the head of a clause, where a rare one is as sure
        // as a common one; 托项市长: a rare one before a local post anywhere. What stands before the surname, and after
        // it the honorific or the post, are asked first: most surnames follow neither 姓 nor a clause's edge.
        for (var i = NextAt(Gate.Surnames, 0); i < text.Length; i = NextAt(Gate.Surnames, i + 1))
        {
            var afterXing = i > 0 && text[i - 1] == '姓';
            var beforeLocalPost = !afterXing && i + 1 < text.Length && LocalPostStarts.Contains(text[i + 1]) && !NameModel.IsCommonSurname(text[i])
                && StartsLocalPost(i + 1);
            if (!afterXing && !beforeLocalPost && ((i > 0 && NameModel.IsHan(text[i - 1])) || NameModel.IsCommonSurname(text[i]) || i + 1 == text.Length || !StartsHonorific(i + 1)))
            {
                continue;
            }

            var surname = NameModel.SurnameLength(text[i..]);
            if (surname == 0 || (!afterXing && surname > 1) || Grammar.NameFollowers.LongestPrefix(text.Slice(i, 1)) == 1 || IsFunctionCharacter(text[i]))
            {
                continue;
            }

            // 托项市长: a rare surname before a local post, as a common one, where it ends no word, counts nothing (三项)
            // and is no division's final, which ends a division's name there (产业集聚区主任).
            if (beforeLocalPost ? !EndsWordAt(i + 1) && !_lexicon.IsWord(text.Slice(i, 2)) && !Grammar.DivisionFinals.Contains(text[i])
                    && (i == 0 || (!char.IsDigit(text[i - 1]) && !IsNumeral(text[i - 1])))
                : afterXing ? !EndsWordAt(i) && EndsBeforeFollower(i + surname) : !_lexicon.IsWord(text.Slice(i, 2)))
            {
                AddPerson(i, i + surname, Confidence.Cue, null);
            }
        }

        // 刘家本来就贫穷, 为刘家解决: a common surname before 家 names a family, as the gold sets tag it, where 家 is no
        // given character (温家宝, 唐家璇: then a word begins after it, or the clause ends) and the surname is no count's
        // (30余家) and ends no word (亲戚家门). At the head of a clause a rare surname that is no function word names the
        // family as a common one does (邝家院子; not 但家门前). 家 is rarer than the surnames' characters: the loop finds it.
        for (var family = text.Length > 2 ? _text.IndexOf('家', 1) : -1; family > 0 && family + 1 < text.Length; family = _text.IndexOf('家', family + 1))
        {
            var i = family - 1;
            if ((NameModel.IsCommonSurname(text[i]) || ((i == 0 || !NameModel.IsHan(text[i - 1])) && IsSurnameAlone(text[i]) && !IsFunctionCharacter(text[i])))
                && Grammar.NameFollowers.LongestPrefix(text.Slice(i, 1)) == 0
                && (i == 0 || !char.IsDigit(text[i - 1])) && !IsNumeral(text[i]) && !EndsWordAt(i + 1) && !IsNonNameWord(text.Slice(i, 2))
                && (!NameModel.IsHan(text[i + 2]) || BeginsWord(i + 2)))
            {
                AddPerson(i, i + 1, Confidence.Cue, null);
            }
        }

        // 老于的女儿, 小李说: 老 or 小 after a boundary, then a common surname that makes no word with either neighbour,
        // before a boundary or a word that follows names.
        for (var i = NextAt(Gate.CommonSurnames, 1); i < text.Length; i = NextAt(Gate.CommonSurnames, i + 1))
        {
            if (text[i - 1] is '老' or '小' && NameModel.IsCommonSurname(text[i]) && (i == 1 || !NameModel.IsHan(text[i - 2]) || FollowsFunctionWord(i - 1))
                && !IsNonNameWord(text.Slice(i - 1, 2)) && (i + 1 == text.Length || !_lexicon.IsWord(text.Slice(i, 2))) && EndsBeforeFollower(i + 1))
            {
                AddPerson(i, i + 1, Confidence.Cue, null);
            }
        }

        // 小俊平被: 小 after a boundary before a given name of two characters, the first one far likelier in names than
        // in running text, that is no word and makes none with 小, before a boundary or a word that follows names.
        for (var i = text.Length > 3 ? _text.IndexOf('小') : -1; i >= 0 && i + 3 <= text.Length; i = _text.IndexOf('小', i + 1))
        {
            if ((i == 0 || !NameModel.IsHan(text[i - 1]) || FollowsFunctionWord(i)) && NameModel.IsHan(text[i + 1]) && NameModel.IsHan(text[i + 2])
                && NameModel.SurnameLength(text.Slice(i + 1, 1)) == 0 && NameModel.GivenScore(text[i + 1]) >= MinNameLikeGivenScore
                && NameModel.GivenScore(text[i + 2]) >= 0 && !_lexicon.StartsWord(_text, i) && !IsNonNameWord(text.Slice(i + 1, 2)) && EndsBeforeFollower(i + 3))
            {
                AddPerson(i + 1, i + 3, Confidence.Cue, null);
            }
        }
    }

    /// <summary>
    /// A two-character word the lexicon tags a person's name right before 生平, a person's life (有关李白生平): jieba tags
    /// common words nr as well (文明, 智慧), which stay words elsewhere, but only a person has a life told. The name must
    /// end no longer word that runs into it from the left.
    /// </summary>
    private void ScanNamesBeforeLives()
    {
        for (var life = _text.Length > 3 ? _text.IndexOf("生平", 2, StringComparison.Ordinal) : -1; life >= 0; life = _text.IndexOf("生平", life + 1, StringComparison.Ordinal))
        {
            var start = life - 2;
            if (IsListedName(_text.AsSpan(start, 2)) && (start == 0 || !_lexicon.IsWord(_text.AsSpan(start - 1, 3))))
            {
                AddPerson(start, life, Confidence.Cue, null);
            }
        }
    }

    /// <summary>
    /// A name before a photograph's position mark in brackets (王昆（左）, 郭兰英（右一）): a caption says where each person
    /// stands, and only persons are placed so. The name begins the caption or follows punctuation, and is one the parse
    /// reads as after a post or a three-character word the lexicon tags a name (新凤霞（中）: 新 is no listed surname).
    /// </summary>
    private void ScanNamesInCaptions()
    {
        for (var mark = _text.AsSpan().IndexOfAny('（', '('); mark >= 0; mark = _text.AsSpan(mark + 1).IndexOfAny('（', '(') is var next and >= 0 ? mark + 1 + next : -1)
        {
            if (!IsPositionMark(mark + 1))
            {
                continue;
            }

            foreach (var length in (ReadOnlySpan<int>)[3, 2])
            {
                var start = mark - length;
                if (start >= 0 && (start == 0 || !NameModel.IsHan(_text[start - 1]))
                    && (ParseName(start, afterContext: true) == length || (length == 3 && IsListedName(_text.AsSpan(start, 3)))))
                {
                    AddPerson(start, mark, Confidence.Cue, null);
                    break;
                }
            }
        }
    }

    /// <summary>Whether a position in a photograph closes the bracket at <paramref name="position"/>: 左, 右 or 中, and a number after 左 or 右 (左一).</summary>
    private bool IsPositionMark(int position)
    {
        if (position + 1 >= _text.Length || _text[position] is not ('左' or '右' or '中'))
        {
            return false;
        }

        var close = _text[position] != '中' && "一二三四五六七八九".Contains(_text[position + 1], StringComparison.Ordinal) ? position + 2 : position + 1;
        return close < _text.Length && _text[close] is '）' or ')';
    }

    /// <summary>
    /// Single characters listed with 、 at the head of a clause before a count of persons (戴、亨二人, 林、王两人): each is
    /// a short reference to a person named before, a surname or the first character of a foreign name, as sports and news
    /// reports write a pair of players or speakers.
    /// </summary>
    private void ScanPersonsBeforeCounts()
    {
        for (var count = _text.IndexOf('人'); count >= 0; count = _text.IndexOf('人', count + 1))
        {
            if (count < 4 || !PersonCounts.Contains(_text[count - 1]))
            {
                continue;
            }

            // Back over c、c(、c)… to the clause's head: every member one character that may stand for a person.
            var first = count - 2;
            while (first >= 2 && _text[first - 1] == '、' && StandsForPerson(_text[first - 2]))
            {
                first -= 2;
            }

            if (first == count - 2 || !StandsForPerson(_text[count - 2]) || (first > 0 && NameModel.IsHan(_text[first - 1])))
            {
                continue;
            }

            for (var member = first; member < count - 1; member += 2)
            {
                AddPerson(member, member + 1, Confidence.Cue, null);
            }
        }
    }

    /// <summary>Counts of persons after a list of their short references (二人, 两人, 三人: words that follow names).</summary>
    private const string PersonCounts = "二两三";

    /// <summary>Whether <paramref name="c"/> may stand alone for a person: a surname that is no function word, or a character that spells foreign names.</summary>
    private static bool StandsForPerson(char c) => IsSurnameAlone(c) || TransliterationModel.IsTransliteration(c);

    /// <summary>Whether the lexicon tags <paramref name="c"/> alone a numeral (万 in 数万家).</summary>
    private bool IsNumeral(char c) => CharacterTag(c) is ['m', ..];

    /// <summary>Whether a name ending at <paramref name="end"/> stands before punctuation, the end or a word that follows names.</summary>
    private bool EndsBeforeFollower(int end) => end == _text.Length || !NameModel.IsHan(_text[end]) || StartsFollower(_text.AsSpan(end));

    /// <summary>Whether a national post that begins no longer word (主席团, 总统府) begins at <paramref name="position"/>.</summary>
    private bool StartsNationalPost(int position)
    {
        var rest = _text.AsSpan(position);
        var post = Grammar.NationalPosts.LongestPrefix(rest);
        return post > 0 && (post == rest.Length || !_lexicon.IsWord(rest[..(post + 1)]));
    }

    /// <summary>
    /// Whether a local post that begins no longer word begins at <paramref name="position"/> (书记 but not 书记处, 主任
    /// but not 主任委员).
    /// </summary>
    private bool StartsLocalPost(int position)
    {
        var rest = _text.AsSpan(position);
        var post = LocalPosts.LongestPrefix(rest);
        if (post == 0)
        {
            return false;
        }

        for (var length = post + 1; length <= Math.Min(rest.Length, _lexicon.MaxWordLength); length++)
        {
            if (_lexicon.IsWord(rest[..length]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an honorific (or, when <paramref name="allowPost"/>, a post) begins at <paramref name="position"/>.
    /// 老 and 某 alone count only where they begin no word with what follows them (老人, 某些) and no numeral or
    /// measure follows them (某一方面).
    /// </summary>
    private bool StartsHonorific(int position, bool allowPost = false)
    {
        var rest = _text.AsSpan(position);
        var honorific = PersonHonorifics.LongestPrefix(rest);
        if (honorific == 1)
        {
            return rest.Length == 1 || (!_lexicon.IsWord(rest[..2]) && !Quantifiers.Contains(rest[1], StringComparison.Ordinal));
        }

        return honorific > 0 || (allowPost && Grammar.PostsAfterNames.LongestPrefix(rest) > 0);
    }

    /// <summary>
    /// A name at the head of a clause before a verb of saying or 曾 (陈立生说, 里克说, 萨米敦促): what says, stresses or urges
    /// there is a person or a body, and a body is a listed word or has a suffix, so a surname and a given name, or a
    /// run of transliteration characters, standing alone between the boundary and the verb is a person's name. The
    /// verb must not begin a longer word (说明, 称赞). Before any other word that follows names (朱来安将),
    /// only a Chinese name that also looks like one (see <see cref="LooksLikeName"/>) counts.
    /// </summary>
    private void ScanSpeakers()
    {
        var text = _text.AsSpan();
        // A name stands at the start or after a boundary: the positions after the boundaries' gate.
        for (var i = 0; i < text.Length; i = NextAt(Gate.SpeakerBoundaries, i) + 1)
        {
            if ((i > 0 && !MayOpen(Gate.SpeakerBoundaries, i - 1))
                || (NameModel.SurnameLength(text[i..]) == 0 && !TransliterationModel.IsTransliteration(text[i])))
            {
                continue;
            }

            for (var length = 2; length <= MaxSpeakerLength && i + length < text.Length && NameModel.IsHan(text[i + length - 1]); length++)
            {
                var verb = ReportingVerbs.LongestPrefix(text[(i + length)..]);
                var adverb = verb == 0 ? PastAdverbs.LongestPrefix(text[(i + length)..]) : 0;
                verb = adverb > 0 && !StartsLongerWord(i + length, i + length + adverb, evenName: true) ? adverb : verb;
                verb = verb == 0 && TransliterationModel.IsTransliteration(text[i]) ? SubjectTimeWords.LongestPrefix(text[(i + length)..]) : verb;
                var reporting = verb > 0;
                verb = reporting ? verb : Grammar.NameFollowers.LongestPrefix(text[(i + length)..]);
                if (verb > 0 && (i + length + verb == text.Length || !_lexicon.IsWord(text.Slice(i + length, verb + 1))))
                {
                    if (IsSpeakerName(i, length, reporting))
                    {
                        AddPerson(i, i + length, Confidence.Cue, null);
                        i += length - 1;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether [start, start + length) is a Chinese name of a common surname, or (before a verb of saying,
    /// <paramref name="reporting"/>) of any surname that is no function word and a name that looks like one (季红真指出,
    /// not 商人们认为) or a two-character word the lexicon tags a person's name (管仲说过), or a foreign name.
    /// </summary>
    private bool IsSpeakerName(int start, int length, bool reporting)
    {
        var name = _text.AsSpan(start, length);
        var surname = NameModel.SurnameLength(name);
        var chinese = (surname == 2 || (surname == 1 && (NameModel.IsCommonSurname(name[0])
                || (reporting && IsSurnameAlone(name[0]) && (LooksLikeName(start, length, surname) || (length == 2 && IsListedName(name))))))) && length > surname && length <= surname + 2
            && (reporting || NameModel.GivenScore(name[surname]) >= MinFirstGivenScore);
        var foreign = reporting && TransliterationModel.IsTransliteration(name[0]);
        if (!(chinese || foreign) || IsNonNameWord(name) || IsListedPlaceOrBody(name))
        {
            return false;
        }

        // Any word may follow a clause's subject, so there the name must also look like one. A surname and a post or
        // an honorific (胡书记强调) is a short reference, left to the alias resolver.
        if (chinese && (reporting || LooksLikeName(start, length, surname)) && !StartsHonorific(start + surname, allowPost: true)
            && ParseName(start, afterContext: true) == length)
        {
            return true;
        }

        return foreign && TransliteratedLength(start) == length && !IsPlaceContext(start);
    }

    /// <summary>
    /// A name right after a role the post grammar does not know, as newswire writes foreign and sporting names:
    /// 协调员维亚, 巴西外援贝托内, 顾问拉塔. As after a post, a transliterated run longer than the
    /// Chinese reading wins (斯捷帕申).
    /// </summary>
    private void ScanNamesAfterRoles()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.PersonRoles, 0); i < text.Length; i = NextAt(Gate.PersonRoles, i + 1))
        {
            // The role must end where a word does (司令 is no role in 司令官马克思). A player's number is a role too (7号穆勒).
            var role = text[i] == '号' && i > 0 && char.IsDigit(text[i - 1]) ? 1 : LongestPrefixAt(StartList.PersonRoles, i);
            var end = i + role;
            if (role == 0 || end >= text.Length || !NameModel.IsHan(text[end]) || _lexicon.IsWord(text.Slice(i, role + 1)))
            {
                continue;
            }

            var length = ParseName(end, afterContext: true);
            // A title after the name (参谋长赵国钧少将) vouches for it as a name that looks like one would. A name of three
            // whose last character begins a word with the next (裁判雷东出示) is read as one of two when that looks like one.
            var surname = NameModel.SurnameLength(text[end..]);
            if (length == surname + 2 && !LooksLikeName(end, length, surname, afterRole: true) && TitlesAfterNames.LongestPrefix(text[(end + length)..]) == 0
                && BeginsWord(end + length - 1) && LooksLikeName(end, length - 1, surname, afterRole: true))
            {
                length--;
            }

            length = length > 0 && (LooksLikeName(end, length, surname, afterRole: true) || TitlesAfterNames.LongestPrefix(text[(end + length)..]) > 0) ? length : 0;
            length = PreferForeignName(end, length);

            // Sports reports name a player by the number and the surname alone (10号王从左路突破): a common surname there
            // before a one-character word that follows names, the two making no word (3号高于), is the player.
            if (length == 0 && role == 1 && text[i] == '号' && NameModel.IsCommonSurname(text[end]) && end + 1 < text.Length
                && Grammar.NameFollowers.LongestPrefix(text[(end + 1)..]) == 1 && !_lexicon.IsWord(text.Slice(end, 2)))
            {
                length = 1;
            }

            length = length > 0 ? length + DashedPartLength(end + length) : WordlessNameAfterContext(end);

            // A run that stops before a middle dot (汤姆士·史达福) is part of a dotted name, which has its own grammar.
            if (length > 0 && !IsPlaceOrBodyAfterContext(end, end + length) && text[(end + length)..].IndexOfAny(MiddleDots) is < 0 or > 1)
            {
                AddPerson(end, end + length, Confidence.Cue, null);
                i = end + length - 1;
            }
        }
    }

    /// <summary>
    /// Whether a Chinese name a weak cue proposes also looks like one: a likely first given character that is no word
    /// that follows names (曾在), no common word in it or at its start (叶子, 原名叫, 通胀 in 高通胀率) and none running
    /// past its end (曾是成都), unless a title follows it (明教 in 楼狄明教授); before a title a name of three may begin with
    /// a two-character name jieba lists (李铁 in 李铁辰校长).
    /// </summary>
    private bool LooksLikeName(int start, int length, int surname, bool beforeTitle = false, bool afterRole = false)
    {
        var name = _text.AsSpan(start, length);
        return length > surname && NameModel.GivenScore(name[surname]) >= MinFirstGivenScore && Grammar.NameFollowers.LongestPrefix(name[surname..]) == 0
            && !IsCommonWord(name, allowNames: afterRole) && !IsCommonWord(name[..(surname + 1)], allowNames: beforeTitle && length == surname + 2)
            && ((afterRole && length == surname + 1) || !IsNonNameWord(name[surname..])) && (beforeTitle || !CrossesEnd(start + surname, start + length));
    }

    /// <summary>
    /// Titles printed right after a person's name (刘建新教授, 孙立明院士, 达尼洛外长, 萨拉赫先生). A 副 or 总 before a
    /// title is the title's own (张明副校长).
    /// </summary>
    private static readonly WordSet TitlesAfterNames = new(
        "先生|女士|教授|副教授|院士|博士|校长|副校长|院长|副院长|厂长|副厂长|经理|总经理|副总经理|董事长|副董事长|总裁|副总裁|主编|研究员|总工程师|工程师|"
        + "将军|上将|中将|少将|大校|上校|外长|副外长|外相|首相|总统|副总统|天皇|大使|议员|主教练|教练|队长|社长|会长|副会长|理事长|秘书长|大娘|大爷|大妈|老汉|"
        + "部长|副部长|局长|副局长|主任|副主任|书记|副书记|市长|副市长|县长|副县长|省长|副省长|主席|副主席|总理|副总理|乡长|镇长|村长|委员长|议长|副议长|副秘书长|总书记|烈士|司令员|政委|军长|副军长");

    /// <summary>Characters that make what follows them part of a title (名誉教授, 代主任), not its first word.</summary>
    private const string TitleModifiers = "副总代正常名老前原";

    /// <summary>
    /// A name right before a title (刘建新校长, 孙立明院士, 达尼洛外长): a Chinese name that stands after a boundary or
    /// looks like one (see <see cref="LooksLikeName"/>), or a run of transliteration characters after a boundary or a
    /// word. No word may cross the name's start (湖南省委书记 has no 南省委).
    /// </summary>
    private void ScanNamesBeforeTitles()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.TitlesAfterNames, 2); i < text.Length; i = NextAt(Gate.TitlesAfterNames, i + 1))
        {
            var title = LongestPrefixAt(StartList.TitlesAfterNames, i);
            if (title == 0 || TitleModifiers.Contains(text[i - 1]) || !NameModel.IsHan(text[i - 1])
                || (i + title < text.Length && _lexicon.IsWord(text.Slice(i, title + 1))))
            {
                continue;
            }

            var found = 0;
            foreach (var length in (ReadOnlySpan<int>)[3, 2])
            {
                var start = i - length;
                var surname = start >= 0 ? NameModel.SurnameLength(text[start..]) : 0;
                // At a clause's head a rare surname the lexicon tags alone a function word is that word (由周主任), as
                // the statistical scan reads it everywhere.
                var atBoundary = start == 0 || (start > 0 && !NameModel.IsHan(text[start - 1]));
                if (surname > 0 && ParseName(start, afterContext: true) == length && !CrossesWordAt(start)
                    && (atBoundary ? !IsFunctionSurname(text[start]) : LooksLikeName(start, length, surname, beforeTitle: true))
                    && !IsNonNameWord(text.Slice(start, length)) && !IsListedPlaceOrBody(text.Slice(start, length)))
                {
                    found = length;
                    break;
                }
            }

            // A run of transliteration characters longer than the Chinese reading is the foreign name it ends
            // (伯奇费尔院士, 考斯曼先生: not 费尔 or 斯曼), as after a post.
            var foreignStart = i;
            while (foreignStart > 0 && i - foreignStart < MaxTransliteratedPart && TransliterationModel.IsTransliteration(text[foreignStart - 1]))
            {
                foreignStart--;
            }

            var foreign = text[foreignStart..i];
            if ((found == 0 || (foreign.Length > 2 && foreign.Length > found)) && foreign.Length >= 2
                && (foreignStart == 0 || !NameModel.IsHan(text[foreignStart - 1]) || EndsWordAt(foreignStart))
                && !IsNonNameWord(foreign) && !IsListedPlaceOrBody(foreign))
            {
                found = foreign.Length;
            }

            found = found > 0 ? found : ForeignNameHeadingClause(i);
            if (found > 0)
            {
                AddPerson(i - found, i, Confidence.Cue, null);
                i += title - 1;
            }
        }
    }

    /// <summary>
    /// The length of a foreign name that fills a clause up to a title at <paramref name="end"/> (素帕猜副总理说, 库马拉通加总统),
    /// or 0: two to five characters after the clause's edge or a function word standing alone that begins no word (和明仁天皇,
    /// 向素拉杰外长; not 以 in 以色列总理) that read as a foreign name (see <see cref="IsWordlessName"/>). Between a
    /// clause's edge and a title stand a name or the words of a country, a body or a pronoun (美国总统, 该国外长), so
    /// characters that make no word there are a name, though the transliteration table lacks some of them (Thai names:
    /// 素, 猜).
    /// </summary>
    private int ForeignNameHeadingClause(int end)
    {
        var start = end;
        while (start > 0 && end - start <= MaxWordlessNameLength && NameModel.IsHan(_text[start - 1]) && !(end - start >= 2 && FollowsFunctionWordAlone(start)))
        {
            start--;
        }

        var length = end - start;
        if (length < 2 || length > MaxWordlessNameLength || (start > 0 && !MayOpen(Gate.SpeakerBoundaries, start - 1) && !FollowsFunctionWordAlone(start)))
        {
            return 0;
        }

        return IsWordlessName(start, end) ? length : 0;
    }

    /// <summary>
    /// The length of a foreign name that fills what follows a post or a role at <paramref name="start"/> up to punctuation, a
    /// character that is no Chinese one or 等 (前总理差瓦立、, 行长伦差等): two to five characters that read as one (see
    /// <see cref="IsWordlessName"/>); or 0.
    /// </summary>
    private int WordlessNameAfterContext(int start)
    {
        var end = start;
        while (end < _text.Length && end - start <= MaxWordlessNameLength && NameModel.IsHan(_text[end]) && _text[end] != '等')
        {
            end++;
        }

        var length = end - start;
        return length >= 2 && length <= MaxWordlessNameLength && IsWordlessName(start, end) ? length : 0;
    }

    /// <summary>
    /// The length of a second part joined by a dash to a name that context vouches for and that ends at
    /// <paramref name="end"/> (参议员约翰—格伦): the dash and a run of transliteration characters; or 0.
    /// </summary>
    private int DashedPartLength(int end)
    {
        if (end + 2 >= _text.Length || _text[end] is not ('—' or '－') || !TransliterationModel.IsTransliteration(_text[end - 1]))
        {
            return 0;
        }

        var part = TransliteratedLength(end + 1);
        return part > 0 ? part + 1 : 0;
    }

    /// <summary>
    /// Whether [start, end) is characters that read as a foreign name where context says a name is there: at least one a
    /// transliteration character and the first no function word, pronoun, localizer, numeral or time word, holding no
    /// word of the lexicon (爱卫办 in 省爱卫办副主任, which jieba tags a name), being none but a name and holding no place
    /// another grammar found.
    /// </summary>
    private bool IsWordlessName(int start, int end)
    {
        var name = _text.AsSpan(start, end - start);
        if (!HasTransliteration(name) || IsNonNameWord(name) || IsListedPlaceOrBody(name) || Grammar.KnownPlaces.LongestPrefix(name) > 0
            || (_lexicon.TryGetWord(name[..1], out _, out var tag) && tag.Length > 0 && tag[0] is 'c' or 'p' or 'd' or 'u' or 'r' or 'f' or 'm' or 'q' or 't')
            || HoldsPlaceEdge(start, end))
        {
            return false;
        }

        for (var wordStart = start; wordStart < end - 1; wordStart++)
        {
            for (var wordEnd = wordStart + 2; wordEnd <= Math.Min(end, wordStart + _lexicon.MaxWordLength); wordEnd++)
            {
                var word = _text.AsSpan(wordStart, wordEnd - wordStart);
                if (word.Length < name.Length ? _lexicon.IsWord(word) : IsNonNameWord(word))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The donors a cup is named after: a run of transliteration characters before 杯 (尤伯杯, 戴维斯杯), or two single
    /// surnames that make no word together, which name two cups at once (汤尤杯 is the 汤 and the 尤 cups). The name
    /// must stand after a boundary or a word (本届汤尤杯赛尤伯杯 has no 赛尤伯).
    /// </summary>
    private void ScanCupNames()
    {
        var text = _text.AsSpan();
        // The single surnames whose cups the text names for sure (汤 of 汤尤杯 or 汤杯半决赛), to find their cups elsewhere in it.
        var donors = string.Empty;
        for (var i = NextAt(Gate.Cups, 2); i < text.Length; i = NextAt(Gate.Cups, i + 1))
        {
            if (text[i] != '杯')
            {
                continue;
            }

            if (IsSurnameAlone(text[i - 2]) && IsSurnameAlone(text[i - 1]) && !_lexicon.IsWord(text.Slice(i - 2, 2)) && !IsNonNameWord(text.Slice(i - 1, 2))
                && !IsNonNameWord(text.Slice(i - 2, 3)) && StandsAfterBoundary(i - 2))
            {
                AddPerson(i - 2, i - 1, Confidence.Cue, null);
                AddPerson(i - 1, i, Confidence.Cue, null);
                donors += text.Slice(i - 2, 2).ToString();
                continue;
            }

            var donor = false;
            for (var start = Math.Max(0, i - MaxTransliteratedPart); start <= i - 2 && !donor; start++)
            {
                var name = text[start..i];
                donor = IsCupDonor(name) && StandsAfterBoundary(start) && !IsNonNameWord(name) && !IsListedPlaceOrBody(name);
                if (donor)
                {
                    AddPerson(start, i, Confidence.Cue, null);
                }
            }

            // A cup named after one donor's surname is a tournament's where a stage of it follows (汤杯半决赛, 汤杯小组赛,
            // 汤杯决赛圈), as a prize or a vessel (金杯, 奖杯) is not; or where a verb of contending for it stands before it and
            // the two make no word (誓夺尤杯, 卫冕尤杯; not 夺得金杯, nor 力拼汤杯, jieba listing 汤杯 as it lists 金杯).
            if (!donor && IsSurnameAlone(text[i - 1])
                && (((StandsAfterBoundary(i - 1) || FollowsFunctionWord(i - 1)) && StartsTournamentStage(i + 1))
                    || (CupContests.LongestSuffix(text[..(i - 1)]) > 0 && !_lexicon.IsWord(text.Slice(i - 1, 2)))))
            {
                AddPerson(i - 1, i, Confidence.Cue, null);
                donors += text[i - 1];
            }
        }

        // A text that names a surname's cup once means that cup wherever it writes it (挤出汤杯决赛圈 … 与汤杯争夺无缘), as it
        // would a person it has named; the surname still ends no word there (喝汤杯).
        foreach (var donor in donors)
        {
            for (var cup = _text.IndexOf(donor + "杯", StringComparison.Ordinal); cup >= 0; cup = _text.IndexOf(donor + "杯", cup + 1, StringComparison.Ordinal))
            {
                if (StandsAfterBoundary(cup) || FollowsFunctionWord(cup))
                {
                    AddPerson(cup, cup + 1, Confidence.Cue, null);
                }
            }
        }
    }

    /// <summary>Verbs of contending for a cup, before the cup's name (力拼汤杯, 誓夺尤杯, 卫冕尤杯).</summary>
    private static readonly WordSet CupContests = new("夺|拼|争夺|夺取|夺得|捧|捧得|问鼎|卫冕|冲击");

    /// <summary>Whether a word ending in 赛 starts at <paramref name="position"/> (赛, 决赛, 半决赛, 小组赛): a stage of a tournament.</summary>
    private bool StartsTournamentStage(int position)
    {
        for (var length = 1; length <= 3 && position + length <= _text.Length; length++)
        {
            if (_text[position + length - 1] == '赛' && (length == 1 || _lexicon.IsWord(_text.AsSpan(position, length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is transliteration characters, but for a first one that may be a surname as well
    /// (尤伯杯, as 斯捷帕申 begins like a Chinese name) unless it is a function word (世界杯和戴维斯杯).
    /// </summary>
    private static bool IsCupDonor(ReadOnlySpan<char> name)
    {
        return IsTransliterationRun(name[1..]) && (TransliterationModel.IsTransliteration(name[0]) || IsSurnameAlone(name[0]));
    }

    /// <summary>Whether <paramref name="c"/> is a single surname that is no function word (和, 于).</summary>
    private static bool IsSurnameAlone(char c)
    {
        ReadOnlySpan<char> surname = [c];
        return NameModel.SurnameLength(surname) == 1 && (NameModel.IsCommonSurname(c) || Grammar.NameFollowers.LongestPrefix(surname) == 0);
    }

    /// <summary>Whether <paramref name="start"/> is at a boundary, or ends a word that makes no word with the character after it.</summary>
    private bool StandsAfterBoundary(int start) =>
        start == 0 || !NameModel.IsHan(_text[start - 1]) || (EndsWordAt(start) && !_lexicon.IsWord(_text.AsSpan(start - 1, 2)));

    /// <summary>Japanese names with nothing around them to say so but their shape and what follows (武村正义说).</summary>
    private void ScanJapaneseNames()
    {
        for (var i = NextAt(Gate.JapaneseSurnames, 0); i < _text.Length; i = NextAt(Gate.JapaneseSurnames, i + 1))
        {
            var length = JapaneseNameLength(i);
            if (length > 0)
            {
                AddPerson(i, i + length, Confidence.Statistical, null);
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// The length of a Japanese name at <paramref name="start"/>, or 0: a family name alone before a post, an
    /// honorific or a word that follows names (桥本首相, 桥本还表示), or with a given name of two characters (武村正义),
    /// three when they end in 郎 or 之助 (桥本龙太郎, 松下幸之助), before the same or a boundary, or, when the given name is
    /// no word, before a word (东条英机自忖). The family name must not end a word begun before it, unless context
    /// (<paramref name="afterContext"/>: a post, a list) says a name begins there (会长谷口一郎: 长谷 is a word). A given
    /// name may be a word (正义 in 武村正义).
    /// </summary>
    private int JapaneseNameLength(int start, bool afterContext = false)
    {
        var text = _text.AsSpan();
        var surname = NameModel.JapaneseSurnameLength(text[start..]);
        if (surname == 0 || (!afterContext && EndsWordAt(start + 1)))
        {
            return 0;
        }

        var given = start + surname;
        if (given == text.Length || !NameModel.IsHan(text[given]) || StartsFollower(text[given..]) || StartsHonorific(given, allowPost: true))
        {
            return surname;
        }

        var length = given + 3 <= text.Length && (text[given + 2] == '郎' || text.Slice(given + 1, 2).SequenceEqual("之助")) ? 3 : 2;
        // A given name that is no word may also end where a word begins (东条英机自忖, 松下幸之助企业).
        return given + length <= text.Length && (EndsListedName(given + length) || (!_lexicon.IsWord(text.Slice(given, length)) && BeginsWord(given + length)))
            ? surname + length : 0;
    }

    /// <summary>
    /// Runs of transliteration characters that read as a foreign name with nothing around them to say so: 克林斯曼,
    /// 马尔蒂尼. A run is trimmed of a last character that begins a word with the one or two after it (安南希望,
    /// 拉萨雷阵雨); what is left must be long and name-like enough, no word of the lexicon other than a name, and in no
    /// place's context.
    /// </summary>
    private void ScanForeignNames()
    {
        var text = _text.AsSpan();
        for (var i = NextAt(Gate.Transliteration, 0); i < text.Length; i = NextAt(Gate.Transliteration, i + 1))
        {
            if (!TransliterationModel.IsTransliteration(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && TransliterationModel.IsTransliteration(text[end]))
            {
                end++;
            }

            var start = i;
            i = end - 1;

            // A run of one is too short whether or not its character begins a word: no lexicon question for it.
            if (end - start < 2)
            {
                continue;
            }

            if (BeginsWord(end - 1) || (end + 2 <= text.Length && _lexicon.TryGetWord(text.Slice(end - 1, 3), out var frequency, out _) && frequency >= MinBoundaryWordFrequency))
            {
                end--;
            }

            // A two-character name must be one the lexicon lists as foreign (琼斯, 亨特) before a word that follows
            // names (琼斯的, 里德说), or stand before 等人, which only persons take (迪亚等人); a longer one must not run
            // on into a word (耶路撒冷, 克里姆林宫) or a place's suffix (库卡尔特河).
            var length = end - start;
            if (length > MaxTransliteratedPart || length < 2)
            {
                continue;
            }

            // The characters' score first: it reads no word list, and most runs score too low to be a name.
            var score = 0f;
            foreach (var c in text[start..end])
            {
                score += TransliterationModel.Score(c);
            }

            var name = text[start..end];
            var minScore = name.Length > MinForeignNameLength ? MinForeignNameScore : MinShortForeignNameScore;
            if (!(score / name.Length >= minScore)
                || (length < MinForeignNameLength && !((IsListedForeignName(text[start..end]) && StartsFollower(text[end..])) || text[end..].StartsWith("等人")))
                || CrossesWordAtEnd(start, end) || (end < text.Length && Grammar.LocationSuffixes.LongestPrefix(text[end..]) > 0)
                || StrandsCharacter(end))
            {
                continue;
            }

            // A listed place after the first character (达伊斯兰堡 in 抵达伊斯兰堡) is that place.
            if (!IsNonNameWord(name) && !IsListedPlaceOrBody(name)
                && !IsListedPlaceOrBody(name[1..]) && !IsPlaceContext(start) && !StartsLongerWord(start, end, evenName: true) && !NamesVessel(start, end)
                && !IsFirstDottedPart(end) && !BeforeNumberedThing(end) && !BeforeInstitution(end) && !IsCountedThing(start))
            {
                // Before a list's 等 and a word for places (雷西斯滕西亚等大、中城市) the name is a place's.
                if (EndsListOfPlaces(end))
                {
                    Add(start, end, EntityType.Location, Confidence.Cue);
                }
                else
                {
                    AddPerson(start, end, Confidence.Statistical, null);
                    _foreignNames.Add((start, end));
                }
            }
        }
    }

    /// <summary>
    /// Names listed with 、 beside a person found otherwise (贾亦斌、彭清源、徐起超): a list names one kind of thing, so
    /// a surname and a given name there is a name, as after a post. A name before the person must stand after a
    /// boundary, another 、 or the end of a word of two or more characters (厂主商国富、陆新平, 当年柳青、李昕). Where the
    /// parse reads none, a three-character word the lexicon tags a name is the item (<see cref="ListedPersonWordLength"/>).
    /// </summary>
    private void ScanListedNeighbours()
    {
        var count = _candidates.Count;
        for (var k = 0; k < count; k++)
        {
            var person = _candidates[k];
            if (IsCorpusGazetteerName(k) || person.Type != EntityType.Person || person.Length < 2)
            {
                continue;
            }

            var confidence = person.Confidence >= Confidence.Cue ? Confidence.Cue : Confidence.Statistical;
            for (var position = person.End; position + 1 < _text.Length && _text[position] == '、';)
            {
                var length = ListedNameLength(position + 1);
                length += length is 2 or 3 && EndsListItemAfterOne(position + 1 + length) ? 1 : 0;
                if (length < 2 || !EndsListedName(position + 1 + length))
                {
                    length = ListedPersonWordLength(position + 1);
                    if (length == 0)
                    {
                        break;
                    }
                }

                AddPerson(position + 1, position + 1 + length, confidence, null);
                position += 1 + length;
            }

            for (var end = person.Start - 1; end > 0 && _text[end] == '、';)
            {
                var found = 0;
                foreach (var length in (ReadOnlySpan<int>)[3, 2])
                {
                    var start = end - length;
                    if (start >= 0 && (start == 0 || !NameModel.IsHan(_text[start - 1]) || FollowsFunctionWord(start) || EndsWordAt(start)) && (ListedNameLength(start) == length || (length == 3 && ListedPersonWordLength(start) == 3)))
                    {
                        found = length;
                        break;
                    }
                }

                if (found == 0)
                {
                    break;
                }

                AddPerson(end - found, end, confidence, null);
                end -= found + 1;
            }

            // 奥登西亚和保拉, 路易斯和赫苏斯: a foreign name joined to a person by 和 or 与 is a person too.
            if (person.End + 1 < _text.Length && _text[person.End] is '和' or '与')
            {
                var length = ForeignNameLength(person.End + 1);
                if (length > 0 && EndsListedName(person.End + 1 + length))
                {
                    AddPerson(person.End + 1, person.End + 1 + length, confidence, null);
                }
            }

            if (person.Start > 1 && _text[person.Start - 1] is '和' or '与')
            {
                var end = person.Start - 1;
                for (var start = Math.Max(0, end - MaxTransliteratedPart); start <= end - 2; start++)
                {
                    // Not from inside or over a place another grammar found (利亚奥利塞赫, 尼日利亚奥利塞赫 in
                    // 尼日利亚奥利塞赫和韦斯特): the name begins after it.
                    if ((start == 0 || !NameModel.IsHan(_text[start - 1]) || EndsWordAt(start) || FollowsFunctionWord(start)) && !IsInsideListedPlace(start, start + 1)
                        && !HoldsPlaceEdge(start, end) && ForeignNameLength(start) == end - start)
                    {
                        AddPerson(start, end, confidence, null);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// <see cref="ParseName"/> after context at <paramref name="start"/>, read once a text: a list of n names is searched
    /// from each of its names found otherwise, so each of its names would be parsed about n times (the yearbook's lists
    /// of leaders run to dozens). The parse reads the text, the gazetteers and the lexicon, never the candidates.
    /// </summary>
    private int ListedNameLength(int start)
    {
        _listedNameLengths ??= new int[_text.Length];
        ref var parsed = ref _listedNameLengths[start];
        if (parsed == 0)
        {
            parsed = ParseName(start, afterContext: true) + 1;
        }

        return parsed - 1;
    }

    /// <summary>
    /// How many lengths <see cref="ListedNameLength"/> has kept, or -1 when one of them is not what
    /// <see cref="ParseName"/> reads at its position. For the tests of the memo.
    /// </summary>
    internal int CountListedNameLengthsParsedAgain()
    {
        var kept = 0;
        for (var start = 0; _listedNameLengths is not null && start < _listedNameLengths.Length; start++)
        {
            if (_listedNameLengths[start] != 0)
            {
                if (_listedNameLengths[start] != ParseName(start, afterContext: true) + 1)
                {
                    return -1;
                }

                kept++;
            }
        }

        return kept;
    }

    /// <summary>
    /// The length of a foreign name at <paramref name="start"/> that context has already vouched for: a run of
    /// transliteration characters that is no common word, or a word the lexicon tags a transliterated name (路易斯), that
    /// stands before no place's or body's suffix; or 0.
    /// </summary>
    private int ForeignNameLength(int start)
    {
        var length = TransliteratedLength(start);
        if (length == 0)
        {
            for (var end = Math.Min(_text.Length, start + MaxTransliteratedPart); end >= start + 2; end--)
            {
                if (IsListedForeignName(_text.AsSpan(start, end - start)))
                {
                    length = end - start;
                    break;
                }
            }
        }

        // Before a place's or a body's suffix it names the place (李朝锋与伊达尔市副市长).
        var rest = _text.AsSpan(start + length);
        return length > 0 && !IsListedPlaceOrBody(_text.AsSpan(start, length)) && Grammar.LocationSuffixes.LongestPrefix(rest) == 0
            && Grammar.OrganizationSuffixes.LongestPrefix(rest) == 0 ? length : 0;
    }

    /// <summary>Whether a place another grammar found begins or ends inside [start, end), or begins at its start.</summary>
    private bool HoldsPlaceEdge(int start, int end)
    {
        var edges = IndexEdges().Places;
        for (var position = start; position < end; position++)
        {
            if ((edges[position] & (byte)PlaceEdge.Start) != 0 || (position > start && (edges[position] & (byte)PlaceEdge.End) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one more character at <paramref name="position"/> ends a listed name of two or three that the Chinese
    /// parse read: a Chinese character that is no word that follows names and no function word, before 、, 和 or
    /// punctuation, so that the list's item is one character longer (宋双、周森古沙和方炳祯, a Cambodian name; 钱求我, where
    /// the parse ends a name of two before 我, a character seldom in given names): a list's item ends at its separator.
    /// </summary>
    private bool EndsListItemAfterOne(int position) =>
        position + 1 < _text.Length && NameModel.IsHan(_text[position]) && !StartsFollower(_text.AsSpan(position, 1)) && !IsFunctionCharacter(_text[position])
        && (_text[position + 1] is '、' or '和' || char.IsPunctuation(_text[position + 1])) && !_lexicon.IsWord(_text.AsSpan(position - 1, 2));

    /// <summary>
    /// The length of a three-character word the lexicon tags a person's name (nr) at <paramref name="start"/> that no
    /// other word crosses the end of, or 0: in a list of persons the dictionary's name is the item where the parse
    /// cannot read it (果永毅报道: 果 is no listed surname) or reads one that cannot end there (李四光函中: 函, a letter,
    /// follows no names as a rule). Not before a noun of two characters (科利华集团: the name is a body's).
    /// </summary>
    private int ListedPersonWordLength(int start)
    {
        var end = start + 3;
        return end <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(start, 3), out _, out var tag) && tag == "nr" && !CrossesWordAtEnd(start, end)
            && !(end + 2 <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(end, 2), out _, out var next) && next.StartsWith('n')) ? 3 : 0;
    }

    /// <summary>Whether a listed name may end at <paramref name="end"/>: another item, the end of the list, or a word that follows names.</summary>
    private bool EndsListedName(int end) =>
        end == _text.Length || !NameModel.IsHan(_text[end]) || StartsFollower(_text.AsSpan(end)) || StartsHonorific(end, allowPost: true);

    /// <summary>Whether a word of three or four characters begins before the name and covers its given name (一劳永逸, which jieba tags nr).</summary>
    private bool InsideLongerWord(int start, int end)
    {
        for (var wordStart = Math.Max(0, start - 2); wordStart < start; wordStart++)
        {
            for (var wordEnd = end; wordEnd <= Math.Min(_text.Length, wordStart + _lexicon.MaxWordLength); wordEnd++)
            {
                if (wordEnd - wordStart >= 3 && _lexicon.TryGetWord(_text.AsSpan(wordStart, wordEnd - wordStart), out _, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of the lexicon ends at <paramref name="end"/> having begun before its last character.</summary>
    private bool EndsWordAt(int end)
    {
        for (var start = Math.Max(0, end - _lexicon.MaxWordLength); start < end - 1; start++)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(start, end - start), out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name ending at <paramref name="end"/> would leave one character alone before punctuation that cannot
    /// close a clause by itself, so that the character is the name's (沙米拉塔里都、 is no 沙米拉塔里 and 都).
    /// </summary>
    private bool StrandsCharacter(int end) =>
        end + 1 < _text.Length && NameModel.IsHan(_text[end]) && char.IsPunctuation(_text[end + 1]) && !ClauseFinals.Contains(_text[end]);

    /// <summary>Whether a place the lexicon or the grammar lists begins before <paramref name="start"/> and covers [start, end).</summary>
    private bool IsInsideListedPlace(int start, int end)
    {
        if (start == 0 || !NameModel.IsHan(_text[start - 1]))
        {
            return false;
        }

        for (var placeStart = Math.Max(0, start - MaxLocationBody); placeStart < start; placeStart++)
        {
            var rest = _text.AsSpan(placeStart);
            if (LongestPrefixAt(StartList.KnownPlaces, placeStart) >= end - placeStart || (LexiconNames.LongestAt(rest, out var type) >= end - placeStart && type == EntityType.Location))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether [start, end) is written in transliteration characters and has one right before or after it (拉塔 in
    /// 沙米拉塔里都, 约翰 in 约翰松), or is joined by a dash to a run of them (道—琼斯, 约翰—格伦), which makes it part of
    /// a longer name.
    /// </summary>
    private bool IsInsideForeignRun(int start, int end)
    {
        var dashed = (start >= 2 && _text[start - 1] is '—' or '-' or '－' && TransliterationModel.IsTransliteration(_text[start - 2]))
            || (end + 1 < _text.Length && _text[end] is '—' or '-' or '－' && TransliterationModel.IsTransliteration(_text[end + 1]));
        if (!dashed && !(start > 0 && TransliterationModel.IsTransliteration(_text[start - 1])) && !(end < _text.Length && TransliterationModel.IsTransliteration(_text[end])))
        {
            return false;
        }

        return IsTransliterationRun(_text.AsSpan(start, end - start));
    }

    /// <summary>Whether [start, end) overlaps a foreign name found without context.</summary>
    private bool OverlapsForeignName(int start, int end)
    {
        foreach (var (foreignStart, foreignEnd) in _foreignNames)
        {
            if (foreignStart < end && start < foreignEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="position"/> begins a word with the next one (希望 in 安南希望, 多云 in 拉萨多云).</summary>
    private bool BeginsWord(int position) =>
        position + 2 <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(position, 2), out var frequency, out _) && frequency >= MinBoundaryWordFrequency;

    /// <summary>
    /// Whether a name that context vouches for at [start, end) (after a post or a role) is a listed place or body all the
    /// same (see <see cref="IsPersonTaggedPlace"/>).
    /// </summary>
    private bool IsPlaceOrBodyAfterContext(int start, int end) => IsListedPlaceOrBody(_text.AsSpan(start, end - start)) && !IsPersonTaggedPlace(start, end);

    /// <summary>
    /// Whether [start, end), where context says a person's name is (after a post or a role), is a run of transliteration
    /// characters jieba tags a place (巴拉克, 巴克: ns), as it tags some foreign persons: there it is the person, unless the
    /// place is one every reader knows or a place's suffix follows it (a suffix's character that begins a word, 海 in
    /// 巴克海军少将, is that word's).
    /// </summary>
    private bool IsPersonTaggedPlace(int start, int end)
    {
        var name = _text.AsSpan(start, end - start);
        return IsTransliterationRun(name) && _lexicon.TryGetWord(name, out _, out var tag) && tag == "ns" && Grammar.KnownPlaces.LongestPrefix(name) < name.Length
            && Grammar.LocationSuffixes.LongestPrefix(_text.AsSpan(end)) is var suffix && (suffix == 0 || (suffix == 1 && BeginsWord(end)));
    }

    /// <summary>Whether a function word standing alone (和, 向) ends before <paramref name="start"/>, beginning no word (以 in 以色列).</summary>
    private bool FollowsFunctionWordAlone(int start) => FollowsFunctionWord(start) && !_lexicon.StartsWord(_text, start - 1);

    /// <summary>
    /// Whether [start, end) stands alone in quotes before 号, which names a ship or a spacecraft after the person (“卡西尼”号
    /// 飞船, “伽利略”号): the vessel, not the person, is meant.
    /// </summary>
    private bool NamesVessel(int start, int end) =>
        start > 0 && end + 1 < _text.Length && _text[start - 1] is '“' or '"' or '「' && _text[end] is '”' or '"' or '」' && _text[end + 1] == '号';

    /// <summary>Whether some character of <paramref name="name"/> is a transliteration character.</summary>
    private static bool HasTransliteration(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (TransliterationModel.IsTransliteration(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every character of <paramref name="name"/> is a transliteration character.</summary>
    private static bool IsTransliterationRun(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!TransliterationModel.IsTransliteration(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListedPlaceOrBody(ReadOnlySpan<char> name) =>
        LexiconNames.Is(name, EntityType.Location) || LexiconNames.Is(name, EntityType.Organization);

    /// <summary>
    /// Whether what stands before <paramref name="start"/> says a place follows: a verb of going or being somewhere
    /// (在, 抵达, 迁都), a word for a city, or a listed place right before it (德国罗滕堡).
    /// </summary>
    private bool IsPlaceContext(int start)
    {
        // The run may have taken the cue's last character as its first (抵达图卢兹).
        var before = _text.AsSpan(0, start);
        if (PlaceCues.LongestSuffix(before) > 0 || PlaceCues.LongestSuffix(_text.AsSpan(0, start + 1)) > 1)
        {
            return true;
        }

        for (var length = 2; length <= Math.Min(start, MaxLocationBody); length++)
        {
            if (LexiconNames.Is(before[^length..], EntityType.Location))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word the lexicon tags a place or a transliterated name starts at <paramref name="start"/> and runs past
    /// <paramref name="end"/>: a name of three that jieba lists (杜塞尔) is the start of the foreign place or person (杜塞尔多夫).
    /// </summary>
    private bool BeginsForeignWord(int start, int end)
    {
        for (var wordEnd = end + 1; wordEnd <= Math.Min(_text.Length, start + MaxTransliteratedPart); wordEnd++)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(start, wordEnd - start), out _, out var tag) && tag is "ns" or "nrt")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsListedForeignName(ReadOnlySpan<char> name) => _lexicon.TryGetWord(name, out _, out var tag) && tag == "nrt";

    /// <summary>Whether a word of the lexicon other than a name starts before [start, end) and ends inside it.</summary>
    private bool CrossesWordAtStart(int start, int end)
    {
        for (var wordEnd = start + 1; wordEnd < end; wordEnd++)
        {
            for (var wordStart = Math.Max(0, wordEnd - _lexicon.MaxWordLength); wordStart < start; wordStart++)
            {
                if (IsNonNameWord(_text.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word of the lexicon other than a name starts inside [start, end) and runs past its end.</summary>
    private bool CrossesWordAtEnd(int start, int end)
    {
        for (var wordStart = Math.Max(start, end - _lexicon.MaxWordLength + 1); wordStart < end; wordStart++)
        {
            for (var wordEnd = end + 1; wordEnd <= Math.Min(_text.Length, wordStart + _lexicon.MaxWordLength); wordEnd++)
            {
                if (IsNonNameWord(_text.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the lexicon lists <paramref name="word"/> as anything but a person (桑塔纳, 阿尔法).</summary>
    private bool IsNonNameWord(ReadOnlySpan<char> word) =>
        _lexicon.TryGetWord(word, out _, out var tag) && !tag.StartsWith("nr", StringComparison.Ordinal);
}
