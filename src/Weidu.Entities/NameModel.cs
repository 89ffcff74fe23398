using System.Collections.Frozen;

namespace Weidu.Entities;

/// <summary>
/// What a Chinese personal name looks like: a surname (single or compound) and a given name of one or two
/// characters, scored by how often each character is used in given names.
/// </summary>
/// <remarks>
/// The surname list is the common part of the Hundred Family Surnames ordered by modern frequency; the given-name
/// tiers are written by hand from general knowledge of naming practice (no gold set was read to make them). A
/// character's tier is a coarse log-frequency: tier 3 characters (伟, 明, 华 …) are among the most used in given
/// names, tier 1 are plausible but rare, and characters outside every tier score as unlikely.
/// </remarks>
internal static class NameModel
{
    private const string CommonSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private const string OtherSurnames =
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由毋仉揣訾";

    private const string CompoundSurnames =
        "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|独孤|南宫|西门|呼延|百里|东郭|闻人|万俟|单于|澹台|公冶|太史|申屠|钟离|宗政|濮阳|淳于|拓跋";

    // Tier 3: the characters most used in given names.
    private const string GivenTier3 =
        "伟明华建国军平志文杰红丽海强英玲芳燕敏静霞春林东云涛刚斌辉鹏飞勇磊峰波宇洪亮成俊荣新龙学光晓永庆德清福玉秀兰凤梅雪娟琳慧婷丹颖艳萍霞宏民金生胜利祥安兵超杰鑫浩凯博健昌振发洋晨阳欣佳";

    // Tier 2: common in given names.
    private const string GivenTier2 =
        "一二三小大中天世仁义礼智信忠孝良善美玉宝珍珠琴瑞祥吉庆喜乐福寿康宁和顺正直方圆长远高峻岩石山川河江湖泉源泽润涵雨霖露雷电风雪冰霜虹彩丽艳娜娅婉媛婕娇妍姣姿嫣倩雯雅静淑惠贤秀莉莲荷菊桂松柏杨柳桦楠枫梓桐竹兰芝芬芸芹蓉蕾薇萱菲苗茂盛兴旺发达富贵荣华昌隆继承传宗耀祖光辉煌灿烂照明亮晶莹璐瑶琪琦瑾瑜璇璋琛琰珂珊怡悦欢愉恬思想念怀忆恩惠爱情心志意诚真实朴素洁纯清澈泓浩瀚渊博深广宽厚敦笃坚毅刚勇威武雄豪杰俊英才秀颖慧聪敏捷锐锋利剑锦绣纹绮红丹青紫翠碧蓝绿黎晓旭昊昕晖曦晗暄曜朝夕晨昭景晴暖春夏秋冬岚峰嵩崇巍峦宏伟巨大卫保护守卫国家邦民众群友朋宾客士仕官贤达通畅顺利军兵将帅旗鸿鹤鹏燕莺凤凰麟鹿骏驹龙虎彪豹振奋发扬起飞跃腾越超卓著显彰远航帆舟楫桥路道德行为善仲伯叔季孟元初首先少幼新立成功业绩树林森柱栋梁材木本根基础继续延长寿昶永久恒常定安稳平静和谐协同合众会聚集汇融通达广泛博学文武斌彬炳焕烨炜炎焱燊熙然煜煊灵秀巧妙奇特殊异雅致精细纤微";

    // Tier 1: plausible in given names, less common.
    private const string GivenTier1 =
        "雷荣喜坤乾震巽离兑艮亨贞尧舜禹汤周孔孟颜曾思回路遥望远方圆满盈余丰收获得胜赢冠军魁首甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥泰岱衡嵘峥嵘钦铭锦钰铮钧锋镇铎锟键锐灏淼森鑫磊焱垚犇骉羽翼翔翰墨书画诗词歌赋琳瑯环佩璧珏玮玺瑗琼瑛珍宸宇宙寰宵寒宁宜宛容寓宣宝实宸";

    private static readonly FrozenSet<char> SingleSurnames = (CommonSurnames + OtherSurnames).ToFrozenSet();

    private static readonly FrozenSet<char> Common = CommonSurnames.ToFrozenSet();

    private static readonly FrozenSet<string> Compounds = CompoundSurnames.Split('|').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, int> GivenTiers = BuildTiers();

    /// <summary>The length of the surname that starts <paramref name="text"/> (2 for compounds), or 0 when none does.</summary>
    public static int SurnameLength(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && Compounds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[..2]))
        {
            return 2;
        }

        return text.Length >= 1 && SingleSurnames.Contains(text[0]) ? 1 : 0;
    }

    /// <summary>Whether <paramref name="c"/> is among the hundred most frequent single-character surnames.</summary>
    public static bool IsCommonSurname(char c) => Common.Contains(c);

    /// <summary>Whether <paramref name="c"/> is a single-character surname.</summary>
    public static bool IsSurname(char c) => SingleSurnames.Contains(c);

    /// <summary>The tier (0–3) of <paramref name="c"/> as a given-name character; 0 for CJK characters in no tier and -1 for non-CJK.</summary>
    public static int GivenTier(char c)
    {
        if (!IsHan(c))
        {
            return -1;
        }

        return GivenTiers.TryGetValue(c, out var tier) ? tier : 0;
    }

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static FrozenDictionary<char, int> BuildTiers()
    {
        var tiers = new Dictionary<char, int>();
        foreach (var (chars, tier) in new[] { (GivenTier1, 1), (GivenTier2, 2), (GivenTier3, 3) })
        {
            foreach (var c in chars)
            {
                tiers[c] = Math.Max(tier, tiers.GetValueOrDefault(c));
            }
        }

        return tiers.ToFrozenDictionary();
    }
}
