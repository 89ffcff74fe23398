namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// Common single-character Chinese surnames (a closed list: the most frequent ones of the 百家姓
/// tradition), without those that mostly begin transliterated foreign names (阿, 沙, 普, 哈, 巴…).
/// jieba's person names (tag nr) mix Chinese and foreign names, so the name model keeps only names
/// that start with one of these.
/// </summary>
internal static class Surnames
{
    public const string Common =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢" +
        "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛" +
        "樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆" +
        "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿" +
        "桂全佟应臧闵苟邬边卞姬师仇栾隋商刁荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌" +
        "奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆丰支卿狄计索宣晋初门容敬扈晁芮阙浦戈伏鹿薄邸雍辜裘亓修邰赫" +
        "杭况宿逯隆茹诸战慕亢嵇湛戎勾茅揭尉冶束檀衣展昝幸植衡富尧";

    /// <summary>
    /// The single surnames of the 百家姓's main text (public domain) that <see cref="Common"/> lacks and that start
    /// at least two of jieba's person names (tag nr, two or three Han characters) per thousand uses of the
    /// character in its words (their frequencies summed): rare surnames (毋, 酆) and ambiguous ones (安, 红, 双), but
    /// not 国, 和, 明 or 东, which start a few names among many more words: every position of such a character
    /// costs the lattice a look at its context. Left out too are 沙, which
    /// <see cref="Common"/> leaves out as mostly starting transliterations, and those a tenth or more of whose
    /// names in the dictionary (tags nr and nrt) are tagged as transliterations (贝, 巴, 沃, 利). They open a name
    /// only where the text already says a name is there, and the name model has no probability for them (see
    /// <c>Segmenter.AddNameInContext</c>).
    /// </summary>
    public const string Rare =
        "云凤花酆安傅萧贲洪钮滑荀羊於羿汲邴糜松乌弓牧隗宓蓬郗仰秋韶蓟怀咸籍赖阴苍双莘贡逄扶堵宰郦璩濮寿阎宦慎庾居" +
        "弘禄蔚厍訾那毋养巢蒯红竺桓";

    public static bool Contains(char c) => Common.Contains(c, StringComparison.Ordinal);
}
