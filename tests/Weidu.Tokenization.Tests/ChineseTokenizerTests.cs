using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Weidu.Core;

namespace Weidu.Tokenization.Tests;

public sealed class ChineseTokenizerTests
{
    private static string Segment(string text, SegmentationStandard standard = SegmentationStandard.Default, UserDictionary? overlay = null)
    {
        var tokens = ChineseTokenizer.Default.WithStandard(standard).Tokenize(text, overlay ?? UserDictionary.Empty);
        return string.Join(" ", tokens.AsSpan().ToArray().Where(t => t.Kind != TokenKind.Whitespace).Select(t => text[t.Start..t.End]));
    }

    private static Token Single(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        return Assert.Single(ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray(), t => t.Start == start && t.End == start + word.Length);
    }

    /// <summary>A title just before a name makes the name likelier; a word that only ends like a title does not.</summary>
    [Theory]
    [InlineData("区委书记", true)]
    [InlineData("副市长", true)]
    [InlineData("主任委员", true)]
    [InlineData("检察长", true)]
    [InlineData("老同志", true)]
    [InlineData("王辉、", true)]
    [InlineData("日记", false)]
    [InlineData("成长", false)]
    [InlineData("", false)]
    public void A_name_follows_a_title_only_after_a_whole_title(string before, bool expected)
    {
        Assert.Equal(expected, Segmenter.FollowsTitle(before + "张书杰", before.Length));
    }

    /// <summary>
    /// AAA where AA is a word scores AA + A and A + AA the same to the last bit (the same two additions);
    /// jieba's route then takes the longer word first, and so must the best path, whichever way it
    /// visits a position's words.
    /// </summary>
    [Theory]
    [InlineData("天天天")]
    [InlineData("人人人")]
    [InlineData("看看看")]
    public void A_tie_between_paths_goes_to_the_longer_word(string text)
    {
        Assert.True(ChineseTokenizer.Default.TryGetWord(text.AsSpan(0, 2), out _));
        Assert.False(ChineseTokenizer.Default.TryGetWord(text, out _));
        Assert.Equal($"{text[..2]} {text[2..]}", Segment(text));
        Assert.Equal($"{text[..2]} {text[2..]}", Segment($"“{text}”")[2..^2]);
    }

    [Theory]
    [InlineData("2019年，全区经济平稳。", "2019年", "t")]
    [InlineData("二○一九年是关键之年。", "二○一九年", "t")]
    [InlineData("1~10月份，全区税收增长。", "1~10月份", "t")]
    [InlineData("连续40多天没有降雨。", "40多天", "m")]
    [InlineData("投资3.65万元建设。", "3.65万元", "m")]
    [InlineData("浓度为7.02微克/立方米。", "7.02微克/立方米", "m")]
    [InlineData("同比增长55.02%，", "55.02%", "m")]
    [InlineData("全年PM2.5平均浓度下降。", "PM2.5", "eng")]
    [InlineData("推进5G基站建设。", "5G", "eng")]
    [InlineData("第一，统一思想认识。", "第一", "m")]
    [InlineData("（一）加强组织领导。", "（一）", "m")]
    [InlineData("２０１９年１２月３１日", "２０１９年１２月３１日", "t")]
    [InlineData("2018年2月26日至28日召开", "2018年2月26日", "t")]
    [InlineData("三号楼", "三号", "t")]
    [InlineData("四日上午", "四日", "t")]
    [InlineData("他五月份来", "五月份", "t")]
    [InlineData("一世纪", "一世纪", "t")]
    public void Numbers_dates_and_markers_are_single_tokens(string text, string word, string tag)
    {
        var token = Single(text, word);
        Assert.Equal(tag, token.Tag);
        Assert.NotEqual(TokenKind.Word, token.Kind);
    }

    /// <summary>
    /// Only the tokens from the one before a run's first 月 to the one after its last can merge into a
    /// date: the year before the first month, the day after the last, and the tokens after that move
    /// down over the merged ones, with the standards that merge dates.
    /// </summary>
    [Theory]
    [InlineData(SegmentationStandard.Default)]
    [InlineData(SegmentationStandard.Msr)]
    public void Dates_merge_from_the_first_month_to_the_last_and_the_rest_of_the_run_stays(SegmentationStandard standard)
    {
        const string text = "会议于2019年3月5日召开，岁月如梭，6月8日闭幕，大家都很高兴。";
        var tokens = ChineseTokenizer.Default.WithStandard(standard).Tokenize(text).AsSpan().ToArray();
        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(text.Length, tokens[^1].End);
        for (var k = 1; k < tokens.Length; k++)
        {
            Assert.Equal(tokens[k - 1].End, tokens[k].Start);
        }

        foreach (var date in new[] { "2019年3月5日", "6月8日" })
        {
            var start = text.IndexOf(date, StringComparison.Ordinal);
            var token = Assert.Single(tokens, t => t.Start == start && t.End == start + date.Length);
            Assert.Equal("t", token.Tag);
        }

        Assert.EndsWith("大家 都 很 高兴 。", Segment(text, standard), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("刚才，申健民同志宣读了通知，李朝锋同志对机构改革方案进行了说明。", "申健民")]
    [InlineData("刚才，申健民同志宣读了通知，李朝锋同志对机构改革方案进行了说明。", "李朝锋")]
    [InlineData("区委书记张书杰主持会议。", "张书杰")]
    [InlineData("副区长程东升、王辉陪同。", "王辉")]
    [InlineData("市政府副市长刘胜利带领全市智能制造观摩团。", "刘胜利")]
    public void Person_names_stay_whole_by_default(string text, string name)
    {
        var token = Single(text, name);
        Assert.Equal("nr", token.Tag);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    /// <summary>A rare or ambiguous surname (毋, 安, 萧) opens a name where the text already says one is there.</summary>
    [Theory]
    [InlineData("公司经理毋富安到会。", "毋富安")]
    [InlineData("会议由王辉、安国明主持。", "安国明")]
    [InlineData("他对毋富安一行表示欢迎。", "毋富安")]
    [InlineData("安国明同志讲话。", "安国明")]
    [InlineData("萧楠指出问题所在。", "萧楠")]
    public void A_rare_surname_opens_a_name_in_a_names_context(string text, string name)
    {
        var token = Single(text, name);
        Assert.Equal("nr", token.Tag);
    }

    /// <summary>Where the words are likelier than a name, even in a name's context, those surnames stay in their words.</summary>
    [Theory]
    [InlineData("书记安排部署安全生产。", "书记 安排 部署 安全 生产 。", "安排")]
    [InlineData("主任安全检查", "主任 安全 检查", "安全")]
    [InlineData("要注意安全、安排好工作。", "要 注意 安全 、 安排 好 工作 。", "安排")]
    [InlineData("王辉、安全生产、安排部署", "王辉 、 安全 生产 、 安排 部署", "安全")]
    [InlineData("双方表示同意", "双方 表示 同意", "双方")]
    [InlineData("居民同志们", "居民 同志 们", "居民")]
    [InlineData("富民安国同志们", "富民 安国 同志 们", "安国")]
    public void Words_that_start_with_a_rare_surname_stay_words(string text, string expected, string word)
    {
        Assert.Equal(expected, Segment(text));
        Assert.NotEqual("nr", Single(text, word).Tag);
    }

    /// <summary>
    /// Pieces of transliterated names the lexicon lists (穆罕 and 穆德, 哈斯 and 科沃), side by side, are one name in
    /// every standard.
    /// </summary>
    [Theory]
    [InlineData("北方省委常委穆罕穆德、斯里兰卡工商部长", "穆罕穆德")]
    [InlineData("保加利亚南部城市哈斯科沃举办展览。", "哈斯科沃")]
    [InlineData("泥石流冲毁了库卡尔特河堤坝", "库卡尔特")]
    public void Pieces_of_a_transliterated_name_are_one_token(string text, string name)
    {
        Assert.Equal("nrt", Single(text, name).Tag);
        Assert.Contains($" {name} ", $" {Segment(text, SegmentationStandard.Msr)} ", StringComparison.Ordinal);
        Assert.Contains($" {name} ", $" {Segment(text, SegmentationStandard.Pku)} ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A foreign name stays apart from an ordinary word or a name the name model made, from another foreign name
    /// across 、 or 和, and from a single character or a common word that jieba tags as a foreign name too.
    /// </summary>
    [Theory]
    [InlineData("斯里兰卡工商部长", "斯里兰卡 工商 部长")]
    [InlineData("拉萨多云转小雨", "拉萨 多云 转 小雨")]
    [InlineData("穆罕默德、斯里兰卡", "穆罕默德 、 斯里兰卡")]
    [InlineData("约翰和彼得来到北京。", "约翰 和 彼得 来到 北京 。")]
    [InlineData("戴、亨二人实力相当", "戴 、 亨 二人 实力 相当")]
    [InlineData("令人崇拜", "令人 崇拜")]
    public void A_foreign_name_stays_apart_from_what_is_no_piece_of_it(string text, string expected)
    {
        Assert.Equal(expected, Segment(text));
    }

    /// <summary>
    /// A foreign name takes the character before it when that character spells foreign names (沙, 萨, 弗) and the path
    /// left it alone, and an adverb after it that cannot be one because a list item or clause ends there (都 before 、
    /// or ，), in every standard.
    /// </summary>
    [Theory]
    [InlineData("斯里兰卡工商部特别代表沙米拉塔里都、国家开发银行", "沙米拉塔里都")]
    [InlineData("议长弗舍尔女士出席会议。", "弗舍尔")]
    [InlineData("50岁的萨比特当天在家中。", "萨比特")]
    [InlineData("驻华大使布特都，参赞", "布特都")]
    [InlineData("代表弗舍尔都、", "弗舍尔都")]
    public void A_foreign_name_takes_its_first_syllable_and_a_last_character_no_adverb_can_be(string text, string name)
    {
        Assert.Equal("nrt", Single(text, name).Tag);
        Assert.Contains($" {name} ", $" {Segment(text, SegmentationStandard.Msr)} ", StringComparison.Ordinal);
        Assert.Contains($" {name} ", $" {Segment(text, SegmentationStandard.Pku)} ", StringComparison.Ordinal);
    }

    /// <summary>
    /// 都 before a verb is the adverb "all", after a foreign name too; a character that spells no foreign names (同 and
    /// 和, surnames that are words here) stays a word before one; so does an adverb before 、 after a word that is no
    /// piece of a name.
    /// </summary>
    [Theory]
    [InlineData("克林顿都表示支持。", "克林顿 都 表示 支持 。")]
    [InlineData("布特都表示支持。", "布特 都 表示 支持 。")]
    [InlineData("大家同布特会谈。", "大家 同 布特 会谈 。")]
    [InlineData("和布特会谈", "和 布特 会谈")]
    [InlineData("他们都、我们都。", "他们 都 、 我们 都 。")]
    public void A_foreign_name_leaves_words_around_it_alone(string text, string expected)
    {
        Assert.Equal(expected, Segment(text));
    }

    [Fact]
    public void Pku_splits_names_dates_and_measure_words()
    {
        Assert.Equal("公司 经理 毋 富安 到 会 。", Segment("公司经理毋富安到会。", SegmentationStandard.Pku));
        Assert.Equal("江 泽民 同志 在 北京 会见 了 克林顿 。", Segment("江泽民同志在北京会见了克林顿。", SegmentationStandard.Pku));
        Assert.Equal("１９９８年 １月 １日 ， 三 个 人 走 了 ２０ 多 天", Segment("１９９８年１月１日，三个人走了２０多天", SegmentationStandard.Pku));
        Assert.Equal("（ 一 ） 一个 人", Segment("（一）一个人", SegmentationStandard.Pku));
    }

    [Fact]
    public void Msr_keeps_dates_and_numbers_whole_but_splits_list_markers()
    {
        Assert.Equal("一九九八年一月 ， 江泽民 同志 走 了 三个 地方", Segment("一九九八年一月，江泽民同志走了三个地方", SegmentationStandard.Msr));
        Assert.Equal("（ 一 ） 加强 领导", Segment("（一）加强领导", SegmentationStandard.Msr));
    }

    [Fact]
    public void Whitespace_and_line_breaks_are_tokens_of_their_own()
    {
        var text = "改革  开放\r\n\n\t发展";
        var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray();
        Assert.Equal(["改革", "  ", "开放", "\r\n", "\n", "\t", "发展"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Whitespace, tokens[1].Kind);
        Assert.Equal(TokenKind.Whitespace, tokens[3].Kind);
        Assert.Equal(TokenKind.Word, tokens[0].Kind);
    }

    [Fact]
    public void Kinds_of_symbols_punctuation_and_surrogates()
    {
        var text = "好😀，𠀀\uD800＋";
        var tokens = ChineseTokenizer.Default.Tokenize(text).AsSpan().ToArray();
        Assert.Equal(["好", "😀", "，", "𠀀", "\uD800", "＋"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Punctuation, TokenKind.Word, TokenKind.Symbol, TokenKind.Symbol], tokens.Select(t => t.Kind));
        Assert.Equal("w", tokens[2].Tag);
    }

    [Fact]
    public void Full_width_forms_are_read_as_their_ascii_twins()
    {
        Assert.Equal("ＰＭ２．５ 浓度 下降 ５５．０２％", Segment("ＰＭ２．５浓度下降５５．０２％"));
    }

    [Fact]
    public void Traditional_text_segments_as_its_simplified_twin_with_the_same_offsets()
    {
        const string Traditional = "臺灣的經濟發展很快，張書杰說這是乾隆年間的事。";
        const string Simplified = "台湾的经济发展很快，张书杰说这是乾隆年间的事。";
        var traditional = ChineseTokenizer.Default.Tokenize(Traditional);
        var simplified = ChineseTokenizer.Default.Tokenize(Simplified);
        Assert.Equal(simplified.AsSpan().ToArray().Select(t => t.Span), traditional.AsSpan().ToArray().Select(t => t.Span));
        Assert.Equal(simplified.AsSpan().ToArray().Select(t => t.Tag), traditional.AsSpan().ToArray().Select(t => t.Tag));
        Assert.True(ChineseTokenizer.Default.TryGetWord("經濟", out var entry));
        Assert.Equal("n", entry.Tag);
    }

    [Fact]
    public void A_traditional_place_name_segments_like_its_simplified_form()
    {
        var traditional = ChineseTokenizer.Default.Tokenize("魏都區人民政府");
        var simplified = ChineseTokenizer.Default.Tokenize("魏都区人民政府");
        Assert.Equal(simplified, traditional);
        Assert.True(simplified.Count > 1);
    }

    [Theory]
    [InlineData("版本v1.2.3发布", "版本 v1.2.3 发布")]
    [InlineData("共1.2.3.4项", "共 1.2.3.4项")]
    [InlineData("他说——好……", "他 说 —— 好 ……")]
    [InlineData("学C++和C#", "学 C++ 和 C#")]
    [InlineData("x.y.9.9", "x.y.9.9")]
    public void Joined_latin_runs_numbers_and_dashes_are_read_once_and_whole(string text, string expected) =>
        Assert.Equal(expected, Segment(text));

    [Fact]
    public void A_single_line_of_megabytes_without_break_characters_is_covered_exactly()
    {
        // Shapes that could make each position rescan the rest of its block (a.b.c, 1.2.3, ——, a
        // joined run before +++), and others, each repeated well past the 4,096-character block
        // length, with no whitespace.
        string[] shapes = ["a.", "9.", "9,", "—", "…", "的", "v1.2-", "张", "一", "第一", "（一）", "😀", "PM2.5", "C++", "x.y", "+", "#", "区委书记张书杰到曹魏古城调研，"];
        var builder = new System.Text.StringBuilder();
        while (System.Text.Encoding.UTF8.GetByteCount(builder.ToString()) < 3_000_000)
        {
            foreach (var shape in shapes)
            {
                for (var i = 0; i < 20_000 / shape.Length; i++)
                {
                    builder.Append(shape);
                }
            }
        }

        var text = builder.ToString();
        Assert.DoesNotContain(text, char.IsWhiteSpace);
        var end = 0;
        var count = 0;
        foreach (var token in ChineseTokenizer.Default.EnumerateTokens(text))
        {
            Assert.Equal(end, token.Start);
            Assert.True(token.End > token.Start);
            end = token.End;
            count++;
        }

        Assert.Equal(text.Length, end);
        Assert.True(count > text.Length / 20);
    }

    [Fact]
    public void Spans_of_a_source_text_are_positions_in_that_text()
    {
        var source = SourceText.From("序言。2019年，魏都区发展。");
        var span = new TextSpan(3, source.Length - 3);
        var tokens = ChineseTokenizer.Default.Tokenize(source, span);
        Assert.Equal(3, tokens[0].Start);
        Assert.Equal("2019年", tokens[0].GetText(source));
        Assert.Equal(source.Length, tokens[^1].End);
    }

    [Fact]
    public void Lexicon_lookup_gives_frequency_and_tag()
    {
        Assert.True(ChineseTokenizer.Default.TryGetWord("经济", out var entry));
        Assert.Equal("n", entry.Tag);
        Assert.True(entry.Frequency > 1000);
        Assert.False(ChineseTokenizer.Default.TryGetWord("魏都区委书记处", out _));
        Assert.False(ChineseTokenizer.Default.TryGetWord(string.Empty, out _));
    }

    [Fact]
    public void User_words_are_added_and_removed_without_touching_the_shared_tokenizer()
    {
        const string Text = "裕丰纺织智能科技有限公司开展改革开放";
        var before = Segment(Text);
        var words = UserDictionary.Empty.Add("裕丰纺织", tag: "nz").Remove("有限公司");
        var tokenizer = ChineseTokenizer.Default.WithUserDictionary(words);
        var tokens = tokenizer.Tokenize(Text).AsSpan().ToArray();
        Assert.Contains(tokens, t => t.Start == 0 && t.End == 4 && t.Tag == "nz");
        Assert.DoesNotContain(tokens, t => Text[t.Start..t.End] == "有限公司");
        Assert.Equal(before, Segment(Text));
        Assert.True(tokenizer.TryGetWord("有限公司", out var removed));
        Assert.Equal(0, removed.Frequency);
    }

    [Fact]
    public void Jieba_format_dictionaries_parse_and_report_bad_lines()
    {
        var diagnostics = new DiagnosticBag();
        var text = "# terms\n魏都区委 10 nt\n天宝路 ns\n高铁站\n坏 行 x y\n许昌 -3\n";
        var dictionary = UserDictionary.Parse(new StringReader(text), "user.dict", diagnostics);
        Assert.Equal(3, dictionary.Count);
        Assert.True(dictionary.TryGetWord("魏都区委", out var entry));
        Assert.Equal(new LexiconEntry(10, "nt"), entry);
        Assert.True(dictionary.TryGetWord("天宝路", out entry));
        Assert.Equal("ns", entry.Tag);
        var reported = diagnostics.ToArray();
        Assert.Equal(2, reported.Count);
        Assert.All(reported.AsSpan().ToArray(), d => Assert.Equal("WD1001", d.Id));
        Assert.Equal("user.dict", reported[0].Path);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Bad_dictionary_lines_are_reported_at_their_offset_in_the_raw_text(string lineBreak)
    {
        var text = string.Join(lineBreak, "魏都区 10 ns", "张书杰 nr", "坏 行 有 太多 列", "许昌 -3", string.Empty);
        var diagnostics = new DiagnosticBag();
        var dictionary = UserDictionary.Parse(new StringReader(text), "user.dict", diagnostics);
        Assert.Equal(2, dictionary.Count);
        var reported = diagnostics.ToArray().AsSpan().ToArray();
        Assert.Equal(2, reported.Length);
        var bad = text.IndexOf("坏 行", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(bad, "坏 行 有 太多 列".Length), reported[0].Span);
        Assert.Equal(new TextSpan(text.IndexOf("许昌", StringComparison.Ordinal), "许昌 -3".Length), reported[1].Span);
        Assert.Equal(lineBreak == "\r\n" ? 19 : 17, bad);
    }

    [Fact]
    public void An_unreadable_dictionary_is_reported_and_skipped()
    {
        var diagnostics = new DiagnosticBag();
        var options = new ChineseTokenizerOptions();
        options.UserDictionaries.Add(Path.Combine(AppContext.BaseDirectory, "no-such.dict"));
        var tokenizer = ChineseTokenizer.Create(options, diagnostics);
        Assert.Equal(0, tokenizer.UserDictionary.Count);
        Assert.Equal("WD1002", Assert.Single(diagnostics.ToArray().AsSpan().ToArray()).Id);
    }

    [Fact]
    public void Dictionary_files_are_applied_through_options_and_dependency_injection()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weidu-{Guid.NewGuid():N}.dict");
        File.WriteAllText(path, "魏都区委 nt\n");
        try
        {
            var services = new ServiceCollection()
                .AddChineseTokenizer(o =>
                {
                    o.Standard = SegmentationStandard.Msr;
                    o.UserDictionaries.Add(path);
                })
                .BuildServiceProvider();
            var tokenizer = services.GetRequiredService<ChineseTokenizer>();
            Assert.Same(tokenizer, services.GetRequiredService<ChineseTokenizer>());
            Assert.Equal(SegmentationStandard.Msr, tokenizer.Standard);
            Assert.Equal(SegmentationStandard.Msr, services.GetRequiredService<IOptions<ChineseTokenizerOptions>>().Value.Standard);
            Assert.Contains(tokenizer.Tokenize("魏都区委召开会议").AsSpan().ToArray(), t => t.Start == 0 && t.End == 4 && t.Tag == "nt");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Throws<ArgumentException>(() => UserDictionary.Empty.Add("两 个"));
        Assert.Throws<ArgumentException>(() => UserDictionary.Empty.Add(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => UserDictionary.Empty.Add("许昌", 0));
        Assert.Throws<ArgumentNullException>(() => ChineseTokenizer.Default.Tokenize((SourceText)null!, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseTokenizer.Default.Tokenize(SourceText.From("许昌"), new TextSpan(1, 5)));
    }

    /// <summary>The character sets that vectorised searches and table reads stand in for are exactly the rules'.</summary>
    [Fact]
    public void Whitespace_and_date_suffix_sets_are_exact()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.True(char.IsWhiteSpace(c) == CharFolding.WhiteSpace.Contains(c), $"U+{i:X4}");
            Assert.True((char.IsWhiteSpace(c) && c is not '\n' and not '\r') == CharFolding.IsWhitespace(c), $"U+{i:X4}");
            var isDateSuffix = c is '年' or '月' or '日' or '号';
            Assert.True(isDateSuffix == CharFolding.IsDateSuffix(c), $"U+{i:X4}");
            Assert.True(Segmenter.Titles.Any(title => title[^1] == c) == CharFolding.IsTitleEnd(c), $"U+{i:X4}");
        }
    }

    /// <summary>
    /// With no user word in play the best path reads the lexicon's words straight from the prefix
    /// table; any user dictionary sends them through the lattice's edges instead. Both must choose
    /// the same path, word for word, tag for tag.
    /// </summary>
    [Theory]
    [InlineData(SegmentationStandard.Default)]
    [InlineData(SegmentationStandard.Pku)]
    [InlineData(SegmentationStandard.Msr)]
    public void A_user_dictionary_that_matches_nothing_changes_nothing_on_the_yearbook(SegmentationStandard standard)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var tokenizer = ChineseTokenizer.Default.WithStandard(standard);
        var unused = UserDictionary.Empty.Add("龘靐齉", tag: "nz");
        Assert.DoesNotContain("龘", text, StringComparison.Ordinal);

        var plain = tokenizer.Tokenize(text);
        Assert.True(plain.Count > 50_000);
        Assert.Equal(plain, tokenizer.Tokenize(text, unused));
    }

    [Fact]
    public void Tokenize_returns_the_enumerators_tokens_and_allocates_little_beyond_them()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var tokenizer = ChineseTokenizer.Default;
        foreach (var sample in new[] { text, text[..300], text[..1] })
        {
            var expected = new List<Token>();
            foreach (var token in tokenizer.EnumerateTokens(sample))
            {
                expected.Add(token);
            }

            tokenizer.Tokenize(sample);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var tokens = tokenizer.Tokenize(sample);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(expected, tokens.AsSpan().ToArray());
            Assert.True(allocated < (expected.Count * System.Runtime.CompilerServices.Unsafe.SizeOf<Token>()) + 256, $"{allocated} bytes for {expected.Count} tokens");
        }
    }

    [Fact]
    public void The_enumerator_allocates_nothing_once_warm()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"));
        var tokenizer = ChineseTokenizer.Default;
        var overlay = UserDictionary.Empty.Add("胡五岳", tag: "nr");
        Count(tokenizer.EnumerateTokens(text, overlay));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = Count(tokenizer.EnumerateTokens(text, overlay));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(tokens > 50_000);
        Assert.Equal(0, allocated);

        static int Count(TokenEnumerator enumerator)
        {
            var count = 0;
            foreach (var token in enumerator)
            {
                count += token.Tag.Length > 0 ? 1 : 0;
            }

            return count;
        }
    }

    [Fact]
    public void Eight_threads_sharing_one_tokenizer_agree_with_one_thread()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt"))
            .Where(l => l.Length > 0).Take(400).ToArray();
        var tokenizer = ChineseTokenizer.Default;
        var expected = lines.Select(l => tokenizer.Tokenize(l)).ToArray();
        var results = new EquatableArray<Token>[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var mine = new EquatableArray<Token>[lines.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                var index = (i + (thread * 53)) % lines.Length;
                mine[index] = tokenizer.Tokenize(lines[index]);
            }

            results[thread] = mine;
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
