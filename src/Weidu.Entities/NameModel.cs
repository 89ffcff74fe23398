using System.Globalization;
using System.Runtime.CompilerServices;

namespace Weidu.Entities;

/// <summary>
/// What a Chinese personal name looks like: a surname (single or compound) and a given name of one or two
/// characters, scored by how often each character is used in given names.
/// </summary>
/// <remarks>
/// The surname list is the common part of the Hundred Family Surnames ordered by modern frequency. The given-name
/// scores (Data/given-name-scores.tsv, made by Data/make_given_name_scores.py from jieba's MIT-licensed dictionary)
/// are the log of how much more often a character is used in given names than in running text: 斌 and 杰 score
/// high, 的 and 是 low. No gold NER data was read to make either.
/// </remarks>
internal static class NameModel
{
    private const string CommonSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤傅洪赖";

    private const string OtherSurnames =
        "向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由毋仉揣訾习萧阎粱邴钮恽郅";

    private const string CompoundSurnames =
        "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|独孤|南宫|西门|呼延|百里|东郭|闻人|万俟|单于|澹台|公冶|太史|申屠|钟离|宗政|濮阳|淳于|拓跋";

    // Japanese family names as Chinese newswire writes them, from general knowledge; a name starting with one is
    // read with the Japanese given name's length (桥本龙太郎, 武村正义).
    private const string JapaneseSurnameList =
        "桥本|小渊|小泉|田中|村山|细川|竹下|宫泽|海部|羽田|安倍|福田|山本|山田|铃木|佐藤|高桥|渡边|伊藤|中村|加藤|吉田|山口|松本|井上|木村|清水|山崎|池田|阿部|"
        + "石川|前田|藤田|后藤|近藤|村上|远藤|青木|坂本|斋藤|福岛|太田|西村|藤井|冈本|松田|中川|中野|原田|小川|中岛|石田|森田|柴田|酒井|工藤|横山|宫崎|"
        + "宫本|内田|高木|安藤|谷口|大野|丸山|今井|河野|藤原|村田|武田|杉山|久保|松井|岩崎|樱井|野口|松尾|野村|木下|菊地|佐野|大西|杉本|新井|浜田|菅原|"
        + "市川|水野|岛田|古川|高田|西田|菊池|山内|西川|北村|安田|川口|川崎|饭田|吉川|冈田|武村|东条|松下|久间|梶山|野中|稻盛|盛田|大江|川端|黑泽|小泽|"
        + "鸠山|野田|冈崎|江藤|浅野|吉野|竹内|服部|有马|三木|大平|河本|藤本|森本|望月|秋山|千叶|土井|土屋|片山|绪方|明石|奥田|丹羽|中曾根|长谷川|"
        + "佐佐木|五十岚|大久保|小和田|宇野|桥口|植田|三浦|增田|松浦|北岛|宫川|平山";

    // Every family name has two or three characters, so the longest one that starts a text is the one to read. The
    // scan asks at every position: a trie says at once, by the first two characters, that most start none.
    private static readonly WordSet JapaneseSurnames = new(JapaneseSurnameList);

    private static readonly BitSet SingleSurnames = BitSet.Of(CommonSurnames + OtherSurnames);

    private static readonly BitSet Common = BitSet.Of(CommonSurnames);

    // A trie rather than a hash set: its filter on the first two characters answers most positions without hashing.
    private static readonly WordSet Compounds = new(CompoundSurnames);

    /// <summary>The score of a character seen in too few names to have its own.</summary>
    public const float RareGivenScore = -4.5f;

    // Indexed by the character, NaN where it has no score: the statistical name scan asks at almost every position.
    private static readonly float[] GivenScores = LoadGivenScores();

    /// <summary>The length of the surname that starts <paramref name="text"/> (2 for compounds), or 0 when none does.</summary>
    public static int SurnameLength(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && Compounds.Contains(text[..2]))
        {
            return 2;
        }

        return text.Length >= 1 && SingleSurnames.Contains(text[0]) ? 1 : 0;
    }

    /// <summary>The length of the Japanese family name of two or three characters that starts <paramref name="text"/>, or 0.</summary>
    public static int JapaneseSurnameLength(ReadOnlySpan<char> text) => JapaneseSurnames.LongestPrefix(text);

    /// <summary>The compound surnames <see cref="SurnameLength"/> reads, for the tables built from them once.</summary>
    public static IReadOnlyList<string> CompoundSurnameWords => Compounds.Words;

    /// <summary>The family names <see cref="JapaneseSurnameLength"/> reads, for the tables built from them once.</summary>
    public static IReadOnlyList<string> JapaneseSurnameWords => JapaneseSurnames.Words;

    /// <summary>Whether <paramref name="c"/> is among the hundred most frequent single-character surnames.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCommonSurname(char c) => Common.Contains(c);

    /// <summary>How much more often <paramref name="c"/> is used in given names than in running text (natural log).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float GivenScore(char c) => TryGetGivenScore(c, out var score) ? score : RareGivenScore;

    /// <summary>The given-name score of <paramref name="c"/>, when it was seen in enough names to have one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetGivenScore(char c, out float score)
    {
        score = GivenScores[c];
        return !float.IsNaN(score);
    }

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static float[] LoadGivenScores() => LoadCharacterScores("given-name-scores.tsv");

    /// <summary>Reads a table of one character and its score a line, indexed by the character, NaN where it has none.</summary>
    internal static float[] LoadCharacterScores(string resource)
    {
        using var stream = typeof(NameModel).Assembly.GetManifestResourceStream("Weidu.Entities." + resource)
            ?? throw new InvalidOperationException($"The character scores {resource} are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var scores = new float[char.MaxValue + 1];
        scores.AsSpan().Fill(float.NaN);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('	', StringComparison.Ordinal);
            if (tab == 1 && float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                scores[line[0]] = score;
            }
        }

        return scores;
    }
}
