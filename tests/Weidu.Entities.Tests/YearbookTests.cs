using System.Globalization;
using System.Text.RegularExpressions;
using Snapshooter.Xunit;

namespace Weidu.Entities.Tests;

/// <summary>
/// The bundled yearbook, tagged in two passes. The officials below were listed by reading the text: each is found
/// as a person wherever the text names it with a post, with that post. The snapshots hold the whole PER list, the
/// role table and the resolved references, and were reviewed against the text (see docs/entities.md).
/// </summary>
public sealed partial class YearbookTests
{
    private static readonly Lazy<Corpus> Tagged = new(() => Corpus.Load());

    public static TheoryData<string, string> Officials => new()
    {
        { "张书杰", "区委书记" }, { "李朝锋", "区长" }, { "李朝锋", "区委副书记" }, { "魏少峰", "区纪委书记" },
        { "魏少峰", "区委副书记" }, { "纪保民", "区人大常委会主任" }, { "杜晓辉", "区政协主席" }, { "苏凯强", "区政府常务副区长" },
        { "申健民", "组织部长" }, { "张晓丽", "区政府副区长" }, { "程东升", "副区长" }, { "王辉", "副区长" }, { "柏凤杰", "副区长" },
        { "程中山", "区委办公室主任" }, { "楚文选", "管委会主任" }, { "刘明", "政法委书记" }, { "陈长宏", "政法委书记" },
        { "张楠", "统战部长" }, { "方焱", "宣传部长" }, { "谢现清", "区政协副主席" }, { "张剑哲", "区政协副主席" },
        { "孙铁柱", "区政协副主席" }, { "黄中阳", "区人大常委会副主任" }, { "牛听甫", "人武部政委" }, { "胡五岳", "市委书记" },
        { "胡五岳", "市长" }, { "史根治", "市委副书记" }, { "史根治", "市长" }, { "史根治", "代市长" }, { "楚雷", "副市长" },
        { "方婷", "纪委书记" }, { "史战芳", "市委组织部部长" }, { "刘保新", "市政协主席" }, { "王国生", "省委书记" },
        { "屈广跃", "市委组织部副部长" }, { "桂勇翔", "市民政局局长" }, { "萧楠", "市财政局局长" }, { "崔合荣", "市政协副主席" },
    };

    [Theory]
    [MemberData(nameof(Officials))]
    public void Every_official_is_a_person_with_the_post_printed_beside_the_name(string person, string post) =>
        Assert.Contains(Tagged.Value.Roles.RolesOf(person), r => r.Post == post);

    [Fact]
    public void Officials_named_in_lists_of_leaders_are_found_wherever_they_are_named()
    {
        string[] listed = ["范耀江", "方焯", "李国庆", "卢金山", "刘建涛", "卢军", "黄克中", "任国强", "张少生", "赵永靖", "杨绍伟", "孙凡", "刘庆", "丁全民", "丁同民", "王堃"];
        var found = Tagged.Value.PersonCounts;

        Assert.All(listed, name => Assert.True(found.ContainsKey(name), name));

        // Wherever the text names them, not only where a post is printed: each mention of the name is a person.
        foreach (var name in new[] { "张书杰", "李朝锋", "苏凯强", "楚文选" })
        {
            Assert.Equal(Regex.Count(Tagged.Value.Text, Regex.Escape(name)), found[name]);
        }
    }

    [Fact]
    public void The_distinct_persons_match_the_reviewed_snapshot() =>
        Snapshot.Match(Tagged.Value.PersonCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}").ToArray());

    [Fact]
    public void The_role_table_matches_the_reviewed_snapshot() =>
        Snapshot.Match(Tagged.Value.Roles.Roles.AsImmutableArray()
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Person} | {r.Post} | {r.FirstSeen:yyyy-MM-dd} | {r.LastSeen:yyyy-MM-dd} | {r.Evidence.Count}"))
            .ToArray());

    [Fact]
    public void The_short_references_match_the_reviewed_snapshot() =>
        Snapshot.Match(Tagged.Value.Aliases);

    /// <summary>The yearbook in paragraphs, dated from the chronicle's month headings and day markers, tagged in two passes.</summary>
    private sealed partial class Corpus
    {
        public required string Text { get; init; }

        public required RoleTable Roles { get; init; }

        public required Dictionary<string, int> PersonCounts { get; init; }

        public required string[] Aliases { get; init; }

        [GeneratedRegex(@"^#+\s*(\d{1,2})\s*月\s*$")]
        private static partial Regex MonthHeading();

        [GeneratedRegex(@"^\**(\d{1,2})日")]
        private static partial Regex DayMarker();

        public static Corpus Load()
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")).ReplaceLineEndings("\n");
            var paragraphs = Dated(text).ToArray();
            var tagger = new EntityTagger();
            var gazetteer = Gazetteer.Merge(paragraphs.Select(p => tagger.Collect(p.Text)));
            var tagged = paragraphs.Select(p => new TaggedText($"line {p.Line}", tagger.Tag(p.Text, gazetteer), p.Date)).ToArray();
            var roles = RoleTable.Build(tagged);
            var resolved = paragraphs.Zip(tagged)
                .Select(p => (p.Second, Aliases: AliasResolver.Resolve(p.First.Text, p.Second.Mentions, roles, p.First.Date).AsImmutableArray()))
                .ToArray();
            var aliases = resolved
                .SelectMany(p => p.Aliases.Select(a => $"{p.Second.DocumentId}: {a.Text} -> {a.Person ?? "(unresolved)"}"))
                .ToArray();

            // The distinct persons are full names: a surname alone that a reference resolves (张 of 张书记 → 张书杰) is
            // that person's mention, not a person of its own.
            var counts = resolved
                .SelectMany(p => p.Second.Mentions.AsImmutableArray()
                    .Where(m => m.Type == EntityType.Person && !(m.Text.Length == 1 && p.Aliases.Any(a => a.IsResolved && a.Span.Start == m.Span.Start))))
                .GroupBy(m => m.Text)
                .ToDictionary(g => g.Key, g => g.Count());
            return new Corpus { Text = text, Roles = roles, PersonCounts = counts, Aliases = aliases };
        }

        private static IEnumerable<(int Line, string Text, DateOnly? Date)> Dated(string text)
        {
            int? month = null;
            int? day = null;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("# 大事记", StringComparison.Ordinal))
                {
                    month = null;
                }

                if (MonthHeading().Match(line) is { Success: true } heading)
                {
                    month = int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture);
                    day = null;
                    continue;
                }

                if (DayMarker().Match(line) is { Success: true } marker)
                {
                    day = int.Parse(marker.Groups[1].Value, CultureInfo.InvariantCulture);
                }

                if (line.Length == 0)
                {
                    continue;
                }

                // A page break splits a paragraph into two lines with a blank line between: the first ends
                // mid-sentence on a Chinese character. Tag them as one text, break included, as the OCR left it.
                var start = i;
                while (i + 2 < lines.Length && lines[i + 1].Length == 0 && EndsMidSentence(lines[i]) && StartsWithHan(lines[i + 2]))
                {
                    line += "\n\n" + lines[i + 2];
                    i += 2;
                }

                var date = month is { } m && day is { } d && d <= DateTime.DaysInMonth(2019, m) ? new DateOnly(2019, m, d) : (DateOnly?)null;
                yield return (start + 1, line, date);
            }
        }
    }

    private static bool EndsMidSentence(string line) => !line.StartsWith('#') && line.Length > 0 && line[^1] is >= '\u4E00' and <= '\u9FFF';

    private static bool StartsWithHan(string line) => !line.StartsWith('#') && line.Length > 0 && line[0] is >= '\u4E00' and <= '\u9FFF';
}
