using System.Text;

namespace Weidu.Reliability.Tests;

/// <summary>The shapes of text users scrape, shared by every library's hostile-input tests.</summary>
internal static class HostileText
{
    public const string Chronicle = "# 大事记\n\n## 1 月\n\n2日 魏都区召开补短板稳投资项目谋划及债券申报工作例会。区领导张书杰出席会议。\n\n是日 区长李朝锋到七里店街道办事处调研。\n\n## 2 月\n\n3日 区委书记张书杰到曹魏古城南大街调研。\n";

    /// <summary>Small shapes, each one named so a failure says which.</summary>
    public static TheoryData<string, string> Shapes => new()
    {
        { "empty", "" },
        { "whitespace", " \t\u3000\r\n\n \u00A0\r" },
        { "nul and controls", "区委\0书记\u0001张书杰\u0007到\u001B[0m曹魏\u0008古城\u007F调研。\0" },
        { "mixed newlines", "第一行\r\n第二行\n第三行\r第四行\r\n\r\n\n\r# 标题\r## 1 月\r2日 会议。\r\n" },
        { "astral and emoji", "𠀀𠀁𪚥😀👨‍👩‍👧 区长😀李朝锋𠀀讲话。\uD83D" },
        { "lone surrogates", "\uDC00区委\uD800书记\uDBFF\uDFFF" },
        { "traditional", "區委書記張書傑到曹魏古城南大街調研春節假期安全生產工作。二〇一九年一月二十日" },
        { "latin only", "The quick brown fox jumps over the lazy dog. 1234 5.6% e-mail@example.org" },
        { "chronicle without month headings", "# 大事记\n\n2日 召开会议。\n\n3日 调研。\n\n是日 座谈。\n" },
        { "markers with no text", "# 大事记\n\n## 1 月\n\n2日\n\n3日 \n\n是日\n\n上旬\n\n4—5日\n" },
        { "hashes only", new string('#', 10_000) },
        { "hash headings without text", "#\n##\n###\n## 月\n## 13 月\n## 0 月\n## 99999999999999 月\n" },
        { "bracket and quote soup", "（（（“《【〔『「(" + new string('“', 200) + "》》》" },
        { "numerals", "二〇一九年十三月三十二日 2019年2月30日 99999999999999999999年 0月0日 第一千万亿章" },
        { "chronicle", Chronicle },
    };

    /// <summary>A single line of <paramref name="length"/> characters, CJK with a little punctuation.</summary>
    public static string LongLine(int length)
    {
        const string Pattern = "区委书记张书杰到曹魏古城南大街调研春节假期安全生产工作，";
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(Pattern, 0, Math.Min(Pattern.Length, length - builder.Length));
        }

        return builder.ToString();
    }

    /// <summary><paramref name="count"/> lines of one character each.</summary>
    public static string OneCharacterLines(int count) => string.Create(count * 2, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i += 2)
        {
            span[i] = (char)('一' + (i / 2 % 64));
            span[i + 1] = '\n';
        }
    });

    /// <summary>Random text drawn from the characters that matter to the libraries.</summary>
    public static string Random(Random random, int maxLength)
    {
        const string Alphabet = "区委书记张书杰李朝锋魏都曹古城年月日是上中下旬一二三〇十0123456789#\n\r 。，、“”（）《》—-";
        var length = random.Next(maxLength + 1);
        return string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });
    }
}
