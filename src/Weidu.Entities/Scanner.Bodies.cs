namespace Weidu.Entities;

/// <summary>
/// What the body grammars know of the names found before them: where a listed place or organisation ends, so that a
/// body runs over a whole place (日本 in 日本女队, though 本 alone stops a body), starts at the place that heads it
/// (阿根廷航空公司, not 直达航线阿根廷航空公司), and leaves a listed name whole (新华社, not 访华据新华社).
/// </summary>
internal sealed partial class Scanner
{
    // Per end position: the start of the longest listed place, or organisation, that ends there; -1 when none.
    private int[]? _placeStarts;
    private int[]? _bodyStarts;

    // Each post, as the index of its candidate, and the end of its units before the head proper (市委 in 市委书记,
    // 中共中央统战部 in 中共中央统战部副部长, 外交部 in 外交部长).
    private readonly List<(int Post, int UnitEnd)> _postUnits = [];

    /// <summary>Indexes the places and organisations the user gazetteer, the known names and the lexicon proposed.</summary>
    private void IndexListedNames()
    {
        _placeStarts = new int[_text.Length + 1];
        _bodyStarts = new int[_text.Length + 1];
        _placeStarts.AsSpan().Fill(-1);
        _bodyStarts.AsSpan().Fill(-1);
        for (var k = 0; k < _candidates.Count; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.Confidence is not (Confidence.Lexicon or Confidence.Corpus or Confidence.User) || candidate.Length < 2)
            {
                continue;
            }

            var starts = candidate.Type switch
            {
                EntityType.Location => _placeStarts,
                EntityType.Organization => _bodyStarts,
                _ => null,
            };
            if (starts is not null && (starts[candidate.End] < 0 || candidate.Start < starts[candidate.End]))
            {
                starts[candidate.End] = candidate.Start;
            }
        }
    }

    /// <summary>The start of the longest listed place that ends at <paramref name="position"/>, or -1.</summary>
    private int PlaceStartBefore(int position) => _placeStarts is null ? -1 : _placeStarts[position];

    /// <summary>
    /// The start of a chain of listed places that ends at <paramref name="position"/> (中国 in 中国农科院, 美国加州),
    /// or -1.
    /// </summary>
    private int PlaceChainStartBefore(int position)
    {
        var start = -1;
        for (var place = PlaceStartBefore(position); place >= 0; place = PlaceStartBefore(place))
        {
            start = place;
        }

        return start;
    }

    /// <summary>
    /// A listed organisation after a place is that place's organisation: 中国 + 农科院, 深圳 + 华为公司, 中国 + 国家教委.
    /// A country in an organisation's name is part of it, as the newswire conventions write it; a larger place before
    /// a division is not (许昌市 | 魏都区委: see <see cref="SkipLargerPlace"/>). A numbered term before it is part of it
    /// too (第六届全国人大), and so is a place with a noun of two characters between them (美国 + 联邦 + 航空局).
    /// </summary>
    private void ScanPlacedOrganizations()
    {
        var count = _candidates.Count;
        for (var k = 0; k < count; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.Type != EntityType.Organization || candidate.Confidence is not (Confidence.Lexicon or Confidence.Corpus or Confidence.User))
            {
                continue;
            }

            if (PlaceChainStartBefore(candidate.Start) is var start and >= 0)
            {
                Add(SkipLargerPlace(start, candidate.End), candidate.End, EntityType.Organization, Confidence.Suffix);
            }
            else if (candidate.Confidence == Confidence.Lexicon && IsNational(candidate.Start - 2))
            {
                // 国家 heads a national body as a place does (国家 + 税务局).
                Add(candidate.Start - 2, candidate.End, EntityType.Organization, Confidence.Suffix);
            }
            else if (candidate.Confidence == Confidence.Lexicon && candidate.Start >= 4 && PlaceChainStartBefore(candidate.Start - 2) is var named and >= 0
                && _lexicon.TryGetWord(_text.AsSpan(candidate.Start - 2, 2), out _, out var tag) && tag is "n" or "nz" && !StopsBody(candidate.Start - 1))
            {
                // A noun between them names the body too (美国 + 联邦 + 航空局, 瑞士 + 人文 + 社会科学院).
                Add(SkipLargerPlace(named, candidate.End), candidate.End, EntityType.Organization, Confidence.Suffix);
            }
            else if (SessionStartBefore(candidate.Start) is var session and >= 0)
            {
                Add(session, candidate.End, EntityType.Organization, Confidence.Suffix);
            }
        }

        // A body's abbreviation of two characters after a place, which the lexicon tags j, is that place's body too
        // (济南 + 交警, 上海 + 邮电, 中国 + 足协), when it ends a word there and begins no longer one (魏都 + 农贸市场).
        // After a division named with its suffix the abbreviation is what the division does (魏都区 + 党建, + 三产).
        for (var end = 2; end + 2 <= _text.Length; end++)
        {
            if (PlaceChainStartBefore(end) is var start and >= 0 && !Grammar.DivisionFinals.Contains(_text[end - 1])
                && _lexicon.TryGetWord(_text.AsSpan(end, 2), out _, out var tag) && tag == "j"
                && EndsAtWordBoundary(end + 2) && !StartsWordOfThreeOrFour(end))
            {
                Add(start, end + 2, EntityType.Organization, Confidence.Suffix);
            }
        }
    }

    /// <summary>Whether 国家 stands at <paramref name="position"/> after no character it makes a word with (国家税务局, not 发达国家).</summary>
    private bool IsNational(int position) =>
        position >= 0 && _text.AsSpan(position).StartsWith("国家") && (position == 0 || (!_lexicon.IsWord(_text.AsSpan(position - 1, 2)) && !_lexicon.IsWord(_text.AsSpan(position - 1, 3))));

    /// <summary>
    /// The start of a body's numbered term right before <paramref name="position"/> (第二届 + 全国人民代表大会, 第六届 +
    /// 全国人大: the gold sets write the term inside the body's name), or -1.
    /// </summary>
    private int SessionStartBefore(int position)
    {
        if (position < 3 || _text[position - 1] != '届')
        {
            return -1;
        }

        var start = position - 1;
        while (start > 0 && Grammar.Numerals.Contains(_text[start - 1]))
        {
            start--;
        }

        return start < position - 1 && start > 0 && _text[start - 1] == '第' ? start - 1 : -1;
    }

    /// <summary>Whether a word of three or four characters starts at <paramref name="position"/>.</summary>
    private bool StartsWordOfThreeOrFour(int position) =>
        (position + 3 <= _text.Length && _lexicon.IsWord(_text.AsSpan(position, 3))) || (position + 4 <= _text.Length && _lexicon.IsWord(_text.AsSpan(position, 4)));

    /// <summary>
    /// Where an organisation's name begins when its body at [start, end) begins with two places: the first is a larger
    /// place of its own, as the newswire conventions write it (长沙市 | 芙蓉区人民法院, 黑龙江省 | 阿城市委, 吉林 | 东丰县第五中学).
    /// The first must be a listed place, with its division (辽宁 + 省); the second a name with its division (郑州市,
    /// 东丰县), so that a place that only names the body stays in it (天津琉璃河水泥厂, 中国美国商会).
    /// </summary>
    private int SkipLargerPlace(int start, int end)
    {
        var first = -1;
        for (var e = Math.Min(end - 1, start + MaxLocationBody); e > start + 1; e--)
        {
            if (PlaceStartBefore(e) == start)
            {
                first = e;
                break;
            }
        }

        if (first < 0)
        {
            return start;
        }

        if (first < end - 1 && Grammar.DivisionFinals.Contains(_text[first]) && !Grammar.DivisionFinals.Contains(_text[first + 1]))
        {
            first++;
        }

        // A name of two to four characters and its division, which may begin the suffix (阿城 + 市委); no body's
        // abbreviation (郑州 + 共青团市委).
        var rest = _text.AsSpan(first, end - first);
        for (var length = 2; length <= 4 && length < rest.Length - 1; length++)
        {
            if (Grammar.DivisionFinals.Contains(rest[length]) && !(_lexicon.TryGetWord(rest[..length], out _, out var tag) && tag is "nt" or "j"))
            {
                return first;
            }
        }

        return start;
    }

    /// <summary>
    /// Where an organisation's name begins when a verb, adverb, conjunction, preposition or pronoun of two characters
    /// stands in its body before a word of the name: a verb there takes the name as its object (买下 | 纽新公司, 求学 |
    /// 东南大学, 迎战 | 延边敖东队, 如何响应 | 团省委). A verb that the lexicon's organisations hold (联合, 开发, 解放:
    /// <see cref="NameVerbs"/>), one right before the suffix after a noun of the name (职业介绍中心; not 督促 | 法院, 如何鼓励 |
    /// 大学) or before another verb (环境保护局, 认证指导委员会), a listed place
    /// the lexicon tags otherwise (大连), one after another verb (振动搅拌技术), a rare word (阻燃材料) and a word that
    /// crosses into its neighbours (公安分局, 地面交通) stay in the name; so do time words (青年, 世纪 are time words to the
    /// lexicon).
    /// </summary>
    private int SkipVerbsOfSentence(int start, int suffixStart)
    {
        // Right before the suffix, or before a word of the name of two or more characters (集聚 + 区管委会 is no body)
        // or a letter (争夺 + b组).
        for (var i = suffixStart - 2; i >= start; i -= i == suffixStart - 2 && NameModel.IsHan(_text[suffixStart - 1]) ? 2 : 1)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(i, 2), out var frequency, out var tag) && frequency >= CommonWordFrequency
                && (tag is "d" or "c" or "p" or "r" || (tag == "v" && !NameVerbs.Contains(_text.AsSpan(i, 2)) && (i + 2 < suffixStart || i - 2 < start || !EndsInNoun(i))))
                && PlaceStartBefore(i + 2) != i
                && !StartsWordOfThreeOrFour(i) && !CrossesEdges(i, i + 2) && !IsVerbAt(i - 2) && !IsVerbAt(i + 2))
            {
                return i + 2;
            }
        }

        return start;
    }

    /// <summary>Whether a word of the lexicon crosses either edge of [start, end) (面交 in 地面交通, 安分 in 公安分局).</summary>
    private bool CrossesEdges(int start, int end) =>
        (start > 0 && _lexicon.IsWord(_text.AsSpan(start - 1, 2))) || (start > 1 && _lexicon.IsWord(_text.AsSpan(start - 2, 3)))
        || (start > 0 && _lexicon.IsWord(_text.AsSpan(start - 1, 3))) || (end < _text.Length && _lexicon.IsWord(_text.AsSpan(end - 1, 2)))
        || (end + 1 < _text.Length && _lexicon.IsWord(_text.AsSpan(end - 1, 3)));

    /// <summary>Whether the two characters at <paramref name="position"/> are a verb or a verbal noun (振动 in 振动搅拌技术).</summary>
    private bool IsVerbAt(int position) =>
        position >= 0 && position + 2 <= _text.Length && _lexicon.TryGetWord(_text.AsSpan(position, 2), out _, out var tag) && tag is "v" or "vn";

    /// <summary>
    /// Where a place's name begins when a verb, adverb, time word, conjunction or preposition of two characters stands in
    /// its body: a place's name seldom holds one, so it is a word of the sentence before the place (离开 | 白湖乡, 驶抵 |
    /// 奥克兰港, 如今 | 陇穷村), and so does a localizer of three characters (西北部 | 塔科马市). The body begins after the last one that leaves a character before a suffix of one
    /// character (解放路 keeps its body) and does not run on into a longer word (高新 in 高新技术产业园); before a longer
    /// suffix a verb may end the body, which leaves no name (返回 + 家园, 冲入 + 水库, 参观 + 农场), unless a noun before
    /// it makes it a name's (智能制造 + 产业园); a time word there is in the name (春秋广场, 老年公寓).
    /// </summary>
    private int SkipWordsOfSentence(int start, int suffixStart, int end)
    {
        for (var i = suffixStart - (end - suffixStart >= 2 ? 2 : 3); i >= start; i--)
        {
            // A localizer of three characters is the sentence's too (西北部 | 塔科马市).
            if (i + 3 < suffixStart && _lexicon.TryGetWord(_text.AsSpan(i, 3), out _, out var localizer) && localizer == "f")
            {
                return i + 3;
            }

            if (_lexicon.TryGetWord(_text.AsSpan(i, 2), out _, out var tag) && (i + 2 < suffixStart ? tag is "v" or "d" or "t" or "c" or "p" : tag == "v" && !(i - 2 >= start && EndsInNoun(i))) && !_lexicon.IsWord(_text.AsSpan(i, 3))
                && (i + 4 > suffixStart || !_lexicon.IsWord(_text.AsSpan(i, 4))))
            {
                return i + 2;
            }
        }

        return start;
    }

    /// <summary>
    /// A body and a unit of it right after it are one organisation, as the newswire conventions write it: 福州市国税局 +
    /// 党组, 中共四川省委 + 宣传部, 全国人大常委会 + 法工委. The unit must not run on into a word and be no generic word (党中央
    /// | 机关); each longer body may take the next unit (国税局 + 党组 + 办公室). A listed body's short name of three or more characters takes 组织 too (欧佩克组织; 人大 + 组织制度 is
    /// the congress's rules), a full name with its suffix does not (中国儿童少年基金会 + 组织实施).
    /// </summary>
    private void ScanSubUnits()
    {
        for (var k = 0; k < _candidates.Count; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.Type != EntityType.Organization || candidate.Confidence is not (Confidence.Lexicon or Confidence.Suffix or Confidence.Corpus or Confidence.User))
            {
                continue;
            }

            var rest = _text.AsSpan(candidate.End);
            var unit = Math.Max(Math.Max(Grammar.PostUnits.LongestPrefix(rest), Grammar.SubUnits.LongestPrefix(rest)),
                candidate.Confidence == Confidence.Suffix || candidate.Length < 3 || Grammar.OrganizationSuffixes.LongestSuffix(_text.AsSpan(candidate.Start, candidate.Length)) > 0
                    ? 0 : Grammar.ListedBodyUnits.LongestPrefix(rest));
            if (unit >= 2 && !SuffixRunsOn(candidate.End, candidate.End + unit) && !Grammar.GenericBodies.Contains(rest[..unit]))
            {
                Add(candidate.Start, candidate.End + unit, EntityType.Organization, Confidence.Suffix);
            }
        }
    }

    /// <summary>
    /// Whether a listed organisation at [start, end) and the next character are a longer word, or its last two
    /// characters and the next are (共产党员, 中国大学 + 生): then the name is part of a word, not the body.
    /// </summary>
    private bool RunsIntoWord(int start, int end) =>
        end < _text.Length && (_lexicon.IsWord(_text.AsSpan(start, end + 1 - start)) || (end - start >= 3 && _lexicon.IsWord(_text.AsSpan(end - 2, 3))));

    /// <summary>
    /// Whether the characters before the first place of a body belong to the name: an organisation's abbreviation
    /// (中共 in 中共河北省委, 共青团 in 共青团衡阳市委), which the lexicon tags nt or j.
    /// </summary>
    private bool IsBodyPrefix(int start, int placeStart) =>
        _lexicon.TryGetWord(_text.AsSpan(start, placeStart - start), out _, out var tag) && tag is "nt" or "j";

    /// <summary>
    /// The units of a post that name a body are that body, nested in the post: 市委 in 市委书记, 全国政协 in
    /// 全国政协主席, 中共中央统战部 in 中共中央统战部副部长, 乡党委 in 乡党委书记. The units must name one body: a listed
    /// organisation, or a name before an organisation's suffix (not 党委 alone). When a body runs on to the left of the
    /// post (司法部长, 美国财政部长, 南京红十字会副会长), the post begins with that body; the posts printed with a
    /// person keep the words the chain read.
    /// </summary>
    private void ScanPostBodies()
    {
        foreach (var (post, unitEnd) in _postUnits)
        {
            var (start, end) = (_candidates[post].Start, _candidates[post].End);
            var units = _text.AsSpan(start, unitEnd - start);
            var suffix = Grammar.OrganizationSuffixes.LongestSuffix(units);
            if (start > 0 && !StopsBody(start))
            {
                if (suffix > 0 && TryExtendPostBody(start, unitEnd, suffix, out var bodyStart))
                {
                    // The post is the longer one: the shorter would cross the body (部长 in 司法部长, 党委书记 in 乡党委书记).
                    _candidates[post] = _candidates[post] with { Start = bodyStart };
                    Add(bodyStart, unitEnd, EntityType.Organization, Confidence.Context);
                }

                continue;
            }

            if (units.Length >= 2 && !Grammar.SuffixFalsePositives.Contains(units)
                && (Grammar.KnownOrganizations.Contains(units) || LexiconNames.Is(units, EntityType.Organization) || (suffix > 0 && suffix < units.Length)))
            {
                Add(start, unitEnd, EntityType.Organization, Confidence.Suffix);
            }
        }
    }

    /// <summary>
    /// Extends the body whose suffix ends a post's units, at [unitEnd - suffix, unitEnd), left of the post at
    /// <paramref name="start"/>. The body must end in a word that is no personal name (司法 in 司法部长, not 张三 in
    /// 张三部长), a listed place or a division; no common word may cross into the units (行政 in 履行政协委员); and it
    /// holds no person and no other post another grammar found (副总理兼财政部长).
    /// </summary>
    private bool TryExtendPostBody(int start, int unitEnd, int suffix, out int bodyStart)
    {
        var suffixStart = unitEnd - suffix;
        bodyStart = TrimFunctionCharacters(ExtendBodyLeft(start, MaxOrganizationBody), suffixStart);
        if (bodyStart >= start || (_lexicon.TryGetWord(_text.AsSpan(start - 1, 2), out var crossing, out _) && crossing >= CommonWordFrequency
            && !_lexicon.IsWord(_text.AsSpan(bodyStart, unitEnd - bodyStart))))
        {
            return false;
        }

        // A noun and 和 or 与 before the body are the start of its name: 农业和土地开发部, 工业和信息化局.
        if (bodyStart >= 3 && _text[bodyStart - 1] is '和' or '与' && _lexicon.TryGetWord(_text.AsSpan(bodyStart - 3, 2), out _, out var noun) && noun.StartsWith('n'))
        {
            bodyStart = TrimFunctionCharacters(ExtendBodyLeft(bodyStart - 3, MaxOrganizationBody), suffixStart);
        }

        for (var k = 0; k < _candidates.Count; k++)
        {
            var candidate = _candidates[k];
            if (IsCorpusGazetteerName(k) || candidate.End <= bodyStart || candidate.Start >= unitEnd)
            {
                continue;
            }

            if (candidate.Type == EntityType.Person)
            {
                return false;
            }

            if (candidate.Type == EntityType.Title && candidate.End <= start)
            {
                bodyStart = TrimFunctionCharacters(candidate.End, suffixStart);
            }
        }

        // The last verb of two characters with a name of two or more after it ends the sentence before the body
        // (议会投票弹劾 | 内政部长); one right before the units names what the body does (土地开发部), and one that begins a
        // longer word is that word's (自治 in 西藏自治区人民委员会).
        for (var verb = start - 4; verb >= bodyStart; verb--)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(verb, 2), out _, out var tag) && tag == "v" && PlaceStartBefore(verb + 2) < verb && !_lexicon.IsWord(_text.AsSpan(verb, 3)))
            {
                bodyStart = verb + 2;
                break;
            }
        }

        // A body still after 和 or 与 is the end of a longer name the extension cannot read.
        if (bodyStart >= start || (bodyStart > 0 && _text[bodyStart - 1] is '和' or '与') || Grammar.SuffixFalsePositives.Contains(_text.AsSpan(bodyStart, unitEnd - bodyStart))
            || EndsFalsePositive(bodyStart, suffix, unitEnd) || EndsInFunctionWord(bodyStart, suffixStart, suffix))
        {
            return false;
        }

        // A listed place, a division (乡 in 任乡党委书记) or a word the lexicon lists whole (司法部) names the body.
        if (PlaceStartBefore(start) >= bodyStart || (start - bodyStart == 1 && Grammar.DivisionFinals.Contains(_text[bodyStart]))
            || _lexicon.IsWord(_text.AsSpan(bodyStart, unitEnd - bodyStart)))
        {
            return true;
        }

        for (var length = Math.Min(4, start - bodyStart); length >= 2; length--)
        {
            if (_lexicon.TryGetWord(_text.AsSpan(start - length, length), out _, out var tag))
            {
                return !tag.StartsWith("nr", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the unit the post head at [<paramref name="headStart"/>, + <paramref name="head"/>) begins with:
    /// 党委 in 党委书记, 外交部 in 外交部长, 部 in 司法部长; the longest beginning that ends in an organisation's suffix
    /// and leaves a head, or 长, after it. 0 when the head has none, ranks a post (副部长, 常务副局长) rather than naming
    /// its unit, or repeats the suffix of the body before it (民政局局长, 代表团团长).
    /// </summary>
    private int HeadUnitLength(int headStart, int head)
    {
        var text = _text.AsSpan(headStart, head);
        if (text.StartsWith("副") || text.StartsWith("常务") || Grammar.OrganizationSuffixes.LongestSuffix(_text.AsSpan(0, headStart)) > 0)
        {
            return 0;
        }

        for (var length = head - 1; length > 0; length--)
        {
            var rest = text[length..];
            if (Grammar.OrganizationSuffixes.LongestSuffix(text[..length]) > 0 && (rest is "长" || Grammar.PostHeads.Contains(rest)))
            {
                return length;
            }
        }

        return 0;
    }
}
