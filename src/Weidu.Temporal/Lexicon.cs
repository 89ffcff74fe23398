using System.Collections.Frozen;

namespace Weidu.Temporal;

/// <summary>The kinds of parts a temporal expression is built from, in the order they may appear.</summary>
internal enum Part : byte
{
    None,
    Century,
    CenturyRel,
    Decade,
    YearAbs,
    YearRel,
    YearAnaphor,
    FiveYearPlan,
    Season,
    Quarter,
    QuarterRel,
    QuartersFirst,
    Half,
    MonthsFirst,
    MonthsLast,
    MonthAbs,
    MonthRel,
    MonthAnaphor,
    Xun,
    WeekRel,
    WeekOfMonth,
    Weekday,
    DayAbs,
    DayRel,
    DayAnaphor,
    Festival,
    PartOfDay,
    Clock,
    Now,
    Vague,
    Modifier,
}

/// <summary>Which unit a 初/中/底 modifier applies to.</summary>
internal enum Scope : byte
{
    Current,
    Year,
    Month,
    Quarter,
}

/// <summary>One parsed part: its kind and up to three arguments.</summary>
internal struct Piece
{
    public Part Kind;
    public int A;
    public int B;
    public int C;
    public bool Lunar;
    public bool Leap;

    public Piece(Part kind, int a = 0, int b = 0, int c = 0)
    {
        Kind = kind;
        A = a;
        B = b;
        C = c;
    }

    /// <summary>The position of the part in a well-formed expression; parts must come in non-decreasing order.</summary>
    public readonly int Order => Kind switch
    {
        Part.Century or Part.CenturyRel => 0,
        Part.Decade => 1,
        Part.YearAbs or Part.YearRel or Part.YearAnaphor or Part.FiveYearPlan => 2,
        Part.Season or Part.Quarter or Part.QuarterRel or Part.QuartersFirst or Part.Half or Part.MonthsFirst or Part.MonthsLast => 3,
        Part.MonthAbs or Part.MonthRel or Part.MonthAnaphor => 4,
        Part.Xun or Part.WeekOfMonth or Part.WeekRel => 5,
        Part.Weekday or Part.DayAbs or Part.DayRel or Part.DayAnaphor or Part.Festival or Part.Vague => 6,
        Part.PartOfDay => 7,
        Part.Clock => 8,
        _ => 9,
    };
}

/// <summary>A lexicon word and the one or two parts it stands for.</summary>
internal sealed record LexEntry(string Word, Piece First, Piece Second);

/// <summary>
/// The closed vocabulary of temporal words (今天, 去年, 上旬, 春节, 立春, 是日 …), matched longest first
/// from the character a scan stops at.
/// </summary>
internal static class Lexicon
{
    public const int ModStart = (int)TemporalModifier.Start;
    public const int ModMid = (int)TemporalModifier.Mid;
    public const int ModEnd = (int)TemporalModifier.End;

    public static readonly Festival[] Festivals;

    // Words keyed by their first two characters, longest first, so a scan stop tries a handful of
    // candidates; one-character words are keyed by their only character.
    private static readonly FrozenDictionary<int, LexEntry[]> ByFirstPair;
    private static readonly FrozenDictionary<char, LexEntry> Single;

    /// <summary>Every character an expression can start with.</summary>
    private static readonly CharSet Triggers;

    /// <summary>The triggers that may start an expression whatever follows them (see <see cref="CouldStart"/>).</summary>
    private static readonly CharSet Starters;

    static Lexicon()
    {
        var festivals = new List<Festival>();
        var entries = new List<LexEntry>();

        void Add(string words, Piece first, Piece second = default)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                entries.Add(new LexEntry(word, first, second));
            }
        }

        void Fest(string words, Festival festival)
        {
            festivals.Add(festival);
            Add(words, new Piece(Part.Festival, festivals.Count - 1));
        }

        Add("现在 此时 此刻 当前 現在 此時 當前 宜家 而家 依家 目前 当下", new Piece(Part.Now));
        Add("今天 今日 本日 今儿", new Piece(Part.DayRel, 0));
        Add("昨天 昨日 尋日 琴日 昨儿", new Piece(Part.DayRel, -1));
        Add("明天 明日 聽日 听日 明儿", new Piece(Part.DayRel, 1));
        Add("后天 後天 後日 后日", new Piece(Part.DayRel, 2));
        Add("大后天 大後天 大後日 大后日", new Piece(Part.DayRel, 3));
        Add("大大后天 大大後天", new Piece(Part.DayRel, 4));
        Add("前天 前日", new Piece(Part.DayRel, -2));
        Add("大前天 大前日", new Piece(Part.DayRel, -3));
        Add("是日 当日 當日 同日 当天 當天 该日 即日", new Piece(Part.DayAnaphor, 0));
        Add("次日 翌日 第二天 次晨", new Piece(Part.DayAnaphor, 1));
        Add("前一天 前一日", new Piece(Part.DayAnaphor, -1));
        Add("今晚 今夜 今天晚上", new Piece(Part.DayRel, 0), new Piece(Part.PartOfDay, 18, 24, 1));
        Add("昨晚 昨夜 昨天晚上", new Piece(Part.DayRel, -1), new Piece(Part.PartOfDay, 18, 24, 1));
        Add("明晚 明天晚上", new Piece(Part.DayRel, 1), new Piece(Part.PartOfDay, 18, 24, 1));
        Add("今早 今晨 今天早上", new Piece(Part.DayRel, 0), new Piece(Part.PartOfDay, 6, 9));
        Add("明早 明晨", new Piece(Part.DayRel, 1), new Piece(Part.PartOfDay, 6, 9));
        Add("当晚 當晚 是晚 当夜", new Piece(Part.DayAnaphor, 0), new Piece(Part.PartOfDay, 18, 24, 1));
        Add("次晚", new Piece(Part.DayAnaphor, 1), new Piece(Part.PartOfDay, 18, 24, 1));

        Add("近日 日前 前不久 前些天 前些日子 最近 近来 近來", new Piece(Part.Vague, -1));
        Add("近期 近段时间 一段时间以来", new Piece(Part.Vague, 0));
        Add("上世纪 上个世纪 上個世紀 上世紀", new Piece(Part.CenturyRel, -1));
        Add("本世纪 本世紀", new Piece(Part.CenturyRel, 0));
        Add("今年 本年 这一年 這一年 今一年", new Piece(Part.YearRel, 0));
        Add("去年 上年 上一年 旧年 舊年", new Piece(Part.YearRel, -1));
        Add("前年", new Piece(Part.YearRel, -2));
        Add("大前年", new Piece(Part.YearRel, -3));
        Add("明年 下年 下一年 来年 來年 出年", new Piece(Part.YearRel, 1));
        Add("后年 後年", new Piece(Part.YearRel, 2));
        Add("大后年 大後年", new Piece(Part.YearRel, 3));
        Add("当年 當年 同年 该年 是年 是岁", new Piece(Part.YearAnaphor, 0));
        Add("次年 翌年 第二年", new Piece(Part.YearAnaphor, 1));
        Add("全年 年内 年內 全年度 本年度", new Piece(Part.Modifier, 0, (int)Scope.Year));
        Add("年初 年头 年頭 开年 開年 年伊始", new Piece(Part.Modifier, ModStart, (int)Scope.Year));
        Add("伊始 初期 前期", new Piece(Part.Modifier, ModStart, (int)Scope.Current));
        Add("年中", new Piece(Part.Modifier, ModMid, (int)Scope.Year));
        Add("中期", new Piece(Part.Modifier, ModMid, (int)Scope.Current));
        Add("年底 年末 年终 年終 岁末 歲末 年尾 岁尾 年终岁尾 年終歲尾 年关", new Piece(Part.Modifier, ModEnd, (int)Scope.Year));
        Add("末期 后期 後期", new Piece(Part.Modifier, ModEnd, (int)Scope.Current));
        Add("月初 月头", new Piece(Part.Modifier, ModStart, (int)Scope.Month));
        Add("月中", new Piece(Part.Modifier, ModMid, (int)Scope.Month));
        Add("月底 月末 月尾", new Piece(Part.Modifier, ModEnd, (int)Scope.Month));
        Add("季初 季度初", new Piece(Part.Modifier, ModStart, (int)Scope.Quarter));
        Add("季末 季度末", new Piece(Part.Modifier, ModEnd, (int)Scope.Quarter));
        Add("上旬 月上旬", new Piece(Part.Xun, 1));
        Add("中旬 月中旬", new Piece(Part.Xun, 2));
        Add("下旬 月下旬", new Piece(Part.Xun, 3));
        Add("上中旬", new Piece(Part.Xun, 1, 2));
        Add("中下旬", new Piece(Part.Xun, 2, 3));
        Add("上半年 上半年度 前半年", new Piece(Part.Half, 1));
        Add("下半年 下半年度 后半年", new Piece(Part.Half, 2));
        Add("首季 首季度 一季度 第一季度 1季度 Q1", new Piece(Part.Quarter, 1));
        Add("二季度 第二季度 2季度 Q2", new Piece(Part.Quarter, 2));
        Add("三季度 第三季度 3季度 Q3", new Piece(Part.Quarter, 3));
        Add("四季度 第四季度 4季度 Q4", new Piece(Part.Quarter, 4));
        Add("上季度 上个季度 上個季度 上一季度 上一个季度 上季", new Piece(Part.QuarterRel, -1));
        Add("本季度 这个季度 這個季度 本季 本季度内", new Piece(Part.QuarterRel, 0));
        Add("下季度 下个季度 下個季度 下一季度 下一个季度 下季", new Piece(Part.QuarterRel, 1));
        Add("前两季度 前两个季度 前二季度 上半年度", new Piece(Part.QuartersFirst, 2));
        Add("前三季度 前三个季度", new Piece(Part.QuartersFirst, 3));
        Add("首月 第一个月", new Piece(Part.MonthAbs, 1));
        Add("春 春季 春天", new Piece(Part.Season, 1));
        Add("夏 夏季 夏天", new Piece(Part.Season, 2));
        Add("秋 秋季 秋天", new Piece(Part.Season, 3));
        Add("冬 冬季 冬天", new Piece(Part.Season, 4));
        Add("暑假", new Piece(Part.MonthsFirst, 7, 2));
        Add("寒假", new Piece(Part.MonthsFirst, 1, 2));

        Add("本月 这个月 這個月 今個月 本月份 这月 這月", new Piece(Part.MonthRel, 0));
        Add("上月 上个月 上個月 上一个月 上一個月 上月份", new Piece(Part.MonthRel, -1));
        Add("下月 下个月 下個月 下一个月 下一個月 下月份", new Piece(Part.MonthRel, 1));
        Add("当月 當月 同月 是月 该月 本月内", new Piece(Part.MonthAnaphor, 0));
        Add("次月 翌月", new Piece(Part.MonthAnaphor, 1));
        Add("元月 元月份", new Piece(Part.MonthAbs, 1));
        Add("正月", new Piece(Part.MonthAbs, 1) { Lunar = true });
        Add("冬月", new Piece(Part.MonthAbs, 11) { Lunar = true });
        Add("腊月 臘月", new Piece(Part.MonthAbs, 12) { Lunar = true });

        string[] weekWords = ["周", "週", "星期", "礼拜", "禮拜"];
        (string Prefixes, int Offset)[] weekPrefixes =
        [
            ("上 上个 上個 上一 上一个 上一個", -1),
            ("本 这 這 今 这个 這個 今個 这一 這一", 0),
            ("下 下个 下個 下一 下一个 下一個", 1),
        ];
        string[] dayNames = ["一", "二", "三", "四", "五", "六", "日", "天"];
        foreach (var (prefixes, offset) in weekPrefixes)
        {
            foreach (var prefix in prefixes.Split(' '))
            {
                foreach (var week in weekWords)
                {
                    Add(prefix + week, new Piece(Part.WeekRel, offset));
                    for (var d = 0; d < dayNames.Length; d++)
                    {
                        Add(prefix + week + dayNames[d], new Piece(Part.WeekRel, offset), new Piece(Part.Weekday, Math.Min(d + 1, 7)));
                    }
                }
            }
        }

        foreach (var week in weekWords)
        {
            for (var d = 0; d < dayNames.Length; d++)
            {
                Add(week + dayNames[d], new Piece(Part.Weekday, Math.Min(d + 1, 7)));
            }
        }

        Add("本周末 这周末 這週末 这个周末 這個週末 周末 週末", new Piece(Part.WeekRel, 0), new Piece(Part.Weekday, 6, 2));

        Add("凌晨", new Piece(Part.PartOfDay, 0, 6));
        Add("早上 早晨 清晨 早間 早间 一早 朝早", new Piece(Part.PartOfDay, 6, 9));
        Add("上午 上晝 上昼", new Piece(Part.PartOfDay, 8, 12));
        Add("中午 正午 晌午", new Piece(Part.PartOfDay, 11, 13, 2));
        Add("下午 午后 午後 晏晝 下晝 下昼", new Piece(Part.PartOfDay, 12, 18, 1));
        Add("傍晚 黄昏 黃昏", new Piece(Part.PartOfDay, 17, 19, 1));
        Add("晚上 晚间 晚間 晚 夜晚 夜里 夜裡 晚头", new Piece(Part.PartOfDay, 18, 24, 1));
        Add("夜间 夜間", new Piece(Part.PartOfDay, 20, 24, 1));
        Add("半夜 深夜", new Piece(Part.PartOfDay, 23, 24, 1));
        Add("午夜", new Piece(Part.PartOfDay, 0, 1));

        Fest("元旦 元旦节 元旦節 阳历新年 陽曆新年 新年元旦", new Festival(FestivalRule.Solar, 1, 1));
        Fest("情人节 情人節 圣瓦伦丁节 聖瓦倫丁節", new Festival(FestivalRule.Solar, 2, 14));
        Fest("妇女节 婦女節 三八妇女节 三八婦女節 三八节 国际妇女节", new Festival(FestivalRule.Solar, 3, 8));
        Fest("植树节 植樹節", new Festival(FestivalRule.Solar, 3, 12));
        Fest("国际消费者权益日 国际消費者權益日 消费者权益日 三一五 315", new Festival(FestivalRule.Solar, 3, 15));
        Fest("愚人节 愚人節", new Festival(FestivalRule.Solar, 4, 1));
        Fest("劳动节 勞動節 五一国际劳动节 五一劳动节 国际劳动节 五一 五一節", new Festival(FestivalRule.Solar, 5, 1));
        Fest("青年节 青年節 五四青年节 五四", new Festival(FestivalRule.Solar, 5, 4));
        Fest("护士节 護士節 国际护士节", new Festival(FestivalRule.Solar, 5, 12));
        Fest("儿童节 兒童節 国际儿童节 國際兒童節 六一儿童节 六一", new Festival(FestivalRule.Solar, 6, 1));
        Fest("建党节 建黨節 七一建党节 七一", new Festival(FestivalRule.Solar, 7, 1));
        Fest("香港回归纪念日", new Festival(FestivalRule.Solar, 7, 1));
        Fest("建军节 建軍節 八一建军节 八一建軍節 八一", new Festival(FestivalRule.Solar, 8, 1));
        Fest("抗战胜利纪念日", new Festival(FestivalRule.Solar, 9, 3));
        Fest("教师节 教師節", new Festival(FestivalRule.Solar, 9, 10));
        Fest("烈士纪念日", new Festival(FestivalRule.Solar, 9, 30));
        Fest("国庆 國慶 国庆节 国庆節 國慶节 國慶節 十一", new Festival(FestivalRule.Solar, 10, 1));
        Fest("万圣节 萬聖節", new Festival(FestivalRule.Solar, 10, 31));
        Fest("老板节 老闆節", new Festival(FestivalRule.Solar, 10, 16));
        Fest("记者节 記者節", new Festival(FestivalRule.Solar, 11, 8));
        Fest("国家宪法日 宪法日", new Festival(FestivalRule.Solar, 12, 4));
        Fest("国家公祭日", new Festival(FestivalRule.Solar, 12, 13));
        Fest("澳门回归纪念日 澳門回歸紀念日", new Festival(FestivalRule.Solar, 12, 20));
        Fest("平安夜", new Festival(FestivalRule.Solar, 12, 24));
        Fest("圣诞 聖誕 圣诞节 聖誕節", new Festival(FestivalRule.Solar, 12, 25));
        Fest("母亲节 母親節", new Festival(FestivalRule.NthWeekday, 5, 2, 7));
        Fest("父亲节 父親節", new Festival(FestivalRule.NthWeekday, 6, 3, 7));
        Fest("感恩节 感恩節", new Festival(FestivalRule.NthWeekday, 11, 4, 4));

        Fest("春节 春節 农历新年 農曆新年 新春 大年初一 正月正时 正月正時 正月朔日 ", new Festival(FestivalRule.Lunar, 1, 1));
        Fest("元宵 元宵节 元宵節 上元节 上元節", new Festival(FestivalRule.Lunar, 1, 15));
        Fest("龙抬头 龍抬頭", new Festival(FestivalRule.Lunar, 2, 2));
        Fest("端午 端午节 端午節 端阳节 端陽節", new Festival(FestivalRule.Lunar, 5, 5));
        Fest("七夕 七夕节 七夕節 乞巧节", new Festival(FestivalRule.Lunar, 7, 7));
        Fest("中元节 中元節", new Festival(FestivalRule.Lunar, 7, 15));
        Fest("中秋 中秋节 中秋節", new Festival(FestivalRule.Lunar, 8, 15));
        Fest("重阳 重阳节 重陽 重陽節", new Festival(FestivalRule.Lunar, 9, 9));
        Fest("寒衣节", new Festival(FestivalRule.Lunar, 10, 1));
        Fest("腊八 腊八节 臘八 臘八節", new Festival(FestivalRule.Lunar, 12, 8));
        Fest("小年", new Festival(FestivalRule.Lunar, 12, 23));
        Fest("除夕 大年三十 年三十 大年夜 除夕夜", new Festival(FestivalRule.LunarNewYearsEve, 0, 0));

        for (var i = 0; i < SolarTerms.Names.Length; i++)
        {
            var name = SolarTerms.Names[i];
            var words = name == "惊蛰" ? "惊蛰 驚蟄" : name == "清明" ? "清明 清明节 清明節" : name == "冬至" ? "冬至 冬至节" : name;
            Fest(words, new Festival(FestivalRule.SolarTerm, i, 0));
        }

        Fest("复活节 復活節 主復活日 主复活日", new Festival(FestivalRule.Easter, 0, 0));
        Fest("复活节星期一 復活節星期一", new Festival(FestivalRule.Easter, 1, 0));
        Fest("大斋首日 聖灰星期三 圣灰星期三 灰日 圣灰礼仪日 圣灰日", new Festival(FestivalRule.Easter, -46, 0));
        Fest("忏悔節 忏悔节 忏悔火曜日 煎餅星期二 煎饼星期二", new Festival(FestivalRule.Easter, -47, 0));
        Fest("棕枝主日 圣枝主日 聖樹主日 基督苦難主日", new Festival(FestivalRule.Easter, -7, 0));
        Fest("濯足節 濯足节 神聖星期四 圣周星期四 圣周四 設立聖餐日", new Festival(FestivalRule.Easter, -3, 0));
        Fest("主受难日 主受难节 沈默周五 聖週五 耶穌受難日 耶稣受难日 圣周五", new Festival(FestivalRule.Easter, -2, 0));
        Fest("神圣周六 聖週六 耶稣受难日翌日 主受難節翌日 復活節前夜 复活节前夜 黑色星期六", new Festival(FestivalRule.Easter, -1, 0));
        Fest("五旬节 圣灵降临节 聖靈降臨日 聖靈降臨節", new Festival(FestivalRule.Easter, 49, 0));
        Fest("圣灵节庆日 聖靈節慶日", new Festival(FestivalRule.Easter, 50, 0));
        Fest("圣三一主日 天主三一主日 天主聖三一节 聖三主日 圣三节", new Festival(FestivalRule.Easter, 56, 0));
        Fest("基督聖體节 基督聖體聖血瞻礼 基督聖體聖血節 基督圣体节", new Festival(FestivalRule.Easter, 60, 0));
        Fest("大斋期 大齋節 大斋节", new Festival(FestivalRule.Easter, -46, 0, 0, 46));
        Fest("东正教复活节星期一 東正教復活節星期一", new Festival(FestivalRule.OrthodoxEaster, 1, 0));
        Fest("東正教神聖週六 東正教聖週六 東正教耶稣受难日翌日 東正教主受難節翌日 東正教复活节前夜 东正教圣周六", new Festival(FestivalRule.OrthodoxEaster, -1, 0));
        Fest("東正教耶穌受难日 东正教主受难节 东正教圣周五 東正教聖週五 東正教沈默週五", new Festival(FestivalRule.OrthodoxEaster, -2, 0));
        Fest("东正教棕枝主日 东正教圣枝主日 东正教聖樹主日 東正教基督苦難主日", new Festival(FestivalRule.OrthodoxEaster, -7, 0));
        Fest("拉撒路聖週六 拉匝路周六 拉撒路圣周六", new Festival(FestivalRule.OrthodoxEaster, -8, 0));
        Fest("四旬节 四旬節", new Festival(FestivalRule.OrthodoxEaster, -48, 0, 0, 40));

        Fest("以色列独立日 以色列獨立日 以色列国庆节 以色列國慶節", new Festival(FestivalRule.Hebrew, 8, 5, 1));
        Fest("全球青年服务日 全球青年服務日", new Festival(FestivalRule.NthWeekday, 4, -1, 7, 3, -2));
        Fest("印度丰收节 淡米爾豐收節 淡米尔丰收节 庞格尔节 龐格爾節", new Festival(FestivalRule.Sankranti, 270, 0));
        Fest("印度丰收节第三天 龐格爾節第三天 庞格尔节第三天", new Festival(FestivalRule.Sankranti, 270, 0, 0, 1, 1));
        Fest("印度丰收节第四天 龐格爾節第四天 庞格尔节第四天", new Festival(FestivalRule.Sankranti, 270, 0, 0, 1, 2));
        Fest("侯丽节 荷麗节 洒红节 灑紅节 欢悦节 五彩節 胡里节 好利节 霍利節 洒红节", new Festival(FestivalRule.Hindu, 10, 0));
        Fest("印度兄妹节 拉克沙班丹節 欧南节 欧南節", new Festival(FestivalRule.Hindu, 3, 0));
        Fest("卫塞节 衛塞節 威瑟节 比萨宝蕉节 比薩寶蕉節", new Festival(FestivalRule.Hindu, 0, 0));
        Fest("排灯节 万灯节 印度燈節 印度灯节", new Festival(FestivalRule.Hindu, 5, 1));
        Fest("克哈特普迦节", new Festival(FestivalRule.Hindu, 5, 1, 0, 1, 6));
        Fest("十勝節 十胜节 凯旋节 圣母节", new Festival(FestivalRule.Hindu, 5, 2, 0, 1, 10));
        Fest("九夜节 难近母节 難近母節", new Festival(FestivalRule.Hindu, 5, 2, 0, 10));
        Fest("赎罪日 贖罪日", new Festival(FestivalRule.Hebrew, 1, 10));
        Fest("圣会节 聖会節", new Festival(FestivalRule.Hebrew, 1, 22));
        Fest("西赫托拉节 西赫妥拉节 诵经节 誦經节 转经节 轉經節 律法節 歡慶聖法節", new Festival(FestivalRule.Hebrew, 1, 23));
        Fest("犹太新年 猶太新年", new Festival(FestivalRule.Hebrew, 1, 1, 0, 3));
        Fest("住棚节 住棚節", new Festival(FestivalRule.Hebrew, 1, 15, 0, 9));
        Fest("光明节 修殿节 献殿节 獻殿节 烛光节 哈努卡节 馬加比節", new Festival(FestivalRule.Hebrew, 3, 25, 0, 8));
        Fest("犹太植树节 猶太植樹節 图比舍巴特节 圖比舍巴特節 树木新年 樹木新年", new Festival(FestivalRule.Hebrew, 5, 15));
        Fest("逾越节 逾越節", new Festival(FestivalRule.Hebrew, 7, 15, 0, 9));
        Fest("篝火节 犹太教篝火节 猶太教篝火節", new Festival(FestivalRule.Hebrew, 8, 18));
        Fest("七七节 沙夫幼特节 週日節 收获节 新果实节 新果實節 收穫節", new Festival(FestivalRule.Hebrew, 9, 6, 0, 3));
        Fest("圣殿被毁日 禁食日 聖殿被毁日", new Festival(FestivalRule.Hebrew, 11, 9));

        Fest("伊斯兰新年 伊斯兰教新年 伊斯兰历新年", new Festival(FestivalRule.Hijri, 1, 1));
        Fest("阿舒拉節 阿舒拉节", new Festival(FestivalRule.Hijri, 1, 10));
        Fest("圣纪节 聖紀節", new Festival(FestivalRule.Hijri, 3, 12));
        Fest("登霄节 夜行登霄節", new Festival(FestivalRule.Hijri, 7, 27));
        Fest("斋月 穆斯林斋月 穆斯林齋月", new Festival(FestivalRule.Hijri, 9, 0));
        Fest("法令之夜 权力之夜", new Festival(FestivalRule.Hijri, 9, 27));
        Fest("开斋节 開齋節 肉孜节 尔代节 爾代節", new Festival(FestivalRule.Hijri, 10, 1));
        Fest("古尔邦节 古爾邦節 宰牲节", new Festival(FestivalRule.Hijri, 12, 10));

        Festivals = [.. festivals];
        ByFirstPair = entries
            .Where(e => e.Word.Length >= 2)
            .GroupBy(e => Pair(e.Word[0], e.Word[1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());
        Single = entries.Where(e => e.Word.Length == 1).GroupBy(e => e.Word[0]).ToFrozenDictionary(g => g.Key, g => g.First());

        var triggers = new HashSet<char>(entries.Select(e => e.Word[0]));
        for (var c = '0'; c <= '9'; c++)
        {
            triggers.Add(c);
            triggers.Add((char)('０' + (c - '0')));
        }

        foreach (var c in "零〇○一二两兩三四五六七八九十廿卅初第闰閏农農阴陰夏旧舊未过過接近最半每")
        {
            triggers.Add(c);
        }

        Triggers = new CharSet(triggers);
        Starters = new CharSet(triggers.Where(c => Numerals.DigitValue(c) >= 0 || Parsed.Contains(c) || Single.ContainsKey(c)));
    }

    /// <summary>
    /// The first position at or after <paramref name="start"/> where an expression could start, or -1. A stop
    /// comes every six characters or so in Chinese prose, too often for a vectorised search to pay for its set-up.
    /// </summary>
    public static int NextTrigger(ReadOnlySpan<char> text, int start) => Triggers.IndexOfAny(text, start);

    /// <summary>The longest lexicon word at <paramref name="pos"/>, if any.</summary>
    public static LexEntry? Match(ReadOnlySpan<char> text, int pos)
    {
        if (pos >= text.Length)
        {
            return null;
        }

        if (pos + 1 < text.Length && ByFirstPair.TryGetValue(Pair(text[pos], text[pos + 1]), out var candidates))
        {
            var rest = text[pos..];
            foreach (var entry in candidates)
            {
                if (rest.StartsWith(entry.Word, StringComparison.Ordinal))
                {
                    return entry;
                }
            }
        }

        return Single.GetValueOrDefault(text[pos]);
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    /// <summary>
    /// A cheap first test at a scan stop: a numeral, a prefix the parser reads itself (初, 第, 农历, 近 …),
    /// or the first two characters of some lexicon word. Most stops (建设, 全面, 中国) end here.
    /// </summary>
    public static bool CouldStart(ReadOnlySpan<char> text, int pos)
    {
        var c = text[pos];
        if (Starters.Contains(c))
        {
            return true;
        }

        return pos + 1 < text.Length && (ByFirstPair.ContainsKey(Pair(c, text[pos + 1])) || (AmountRelations.Contains(c) && StartsAmount(text[pos + 1])));
    }

    /// <summary>
    /// Prefixes the parser reads itself, whatever follows them. Not 大, the commonest of them in prose: the
    /// parser reads it only in 大年初一, and 大年 is a lexicon word's first pair. Nor the relations in
    /// <see cref="AmountRelations"/>, which start an expression only before an amount.
    /// </summary>
    private const string Parsed = "十廿卅初第闰閏农農阴陰夏旧舊未过過最半今每";

    /// <summary>上两周, 近30天, 前三天, 后半年: one-character relations that the parser reads only before a number or 半, unless they start a lexicon word.</summary>
    private const string AmountRelations = "上下前后後近";

    private static bool StartsAmount(char c) => c == '半' || Numerals.IsArabicDigit(c) || Numerals.IsChineseNumeral(c);
}
