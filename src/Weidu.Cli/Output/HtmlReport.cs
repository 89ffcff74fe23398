using System.Globalization;
using System.Text;
using Weidu.Cli.Model;
using Weidu.Core;

namespace Weidu.Cli.Output;

/// <summary>What the report shows, counted as it is written: the browser check compares them with the page's DOM.</summary>
internal sealed record ReportSummary(int TimelineEvents, int HighlightedEntities, int TimeMentions, int Documents, int TopPeople);

/// <summary>
/// The HTML report: one self-contained page (inline CSS and script, system CJK fonts, no network) with a month-by-month
/// timeline of chronicle events, the most mentioned people and who appears with whom, and each document with its
/// entities highlighted by type (as displaCy does) and its temporal mentions showing their resolved date on hover.
/// </summary>
internal static class HtmlReport
{
    private const int TopPeopleCount = 20;
    private const int MatrixPeopleCount = 12;

    private static readonly string[] EntityTypes = ["PER", "ORG", "LOC", "TITLE", "MEETING", "WORK"];

    public static ReportSummary Write(TextWriter writer, AnalysisResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(title);
        var page = new StringBuilder(1 << 20);
        var mentionsByEntry = result.Mentions
            .Where(m => m.EntryId is not null)
            .GroupBy(m => m.EntryId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList());
        var people = PeopleByEntry(mentionsByEntry);

        page.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(Encode(title)).Append(" · weidu</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        WriteHeader(page, result, title);
        var timelineEvents = WriteTimeline(page, result, people);
        var topPeople = WritePeople(page, result, people);
        var (highlighted, times) = WriteDocuments(page, result, mentionsByEntry);
        page.Append("<footer>weidu analyze · ").Append(Encode(string.Join(", ", result.Texts.Keys))).Append("</footer>\n");
        page.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(page);
        return new ReportSummary(timelineEvents, highlighted, times, result.Documents.Count, topPeople);
    }

    private static void WriteHeader(StringBuilder page, AnalysisResult result, string title)
    {
        int Distinct(string type) => result.Entities.Count(e => e.Type == type);
        var events = result.Entries.Count(e => e.Kind == EntryRecord.ChronicleEntry);
        var times = result.Mentions.Count(m => m.Type == MentionRecord.TimeType);
        page.Append("<header>\n<p class=\"kicker\">Weidu report · 维度分析报告</p>\n<h1>").Append(Encode(title)).Append("</h1>\n<div class=\"stats\">");
        Stat(page, result.Documents.Count, "documents", "文献");
        Stat(page, events, "chronicle events", "大事");
        Stat(page, Distinct("PER"), "people", "人物");
        Stat(page, Distinct("ORG"), "organisations", "机构");
        Stat(page, Distinct("LOC"), "places", "地点");
        Stat(page, times, "dates and times", "时间");
        page.Append("</div>\n<nav><a href=\"#timeline\">Timeline 时间线</a><a href=\"#people\">People 人物</a><a href=\"#documents\">Documents 文献</a></nav>\n</header>\n");
    }

    private static void Stat(StringBuilder page, int value, string label, string chinese) =>
        page.Append("<div class=\"stat\"><b>").Append(value.ToString("N0", CultureInfo.InvariantCulture)).Append("</b><span>")
            .Append(chinese).Append(" · ").Append(label).Append("</span></div>");

    private static int WriteTimeline(StringBuilder page, AnalysisResult result, Dictionary<int, List<string>> people)
    {
        var events = result.Entries.Where(e => e.Kind == EntryRecord.ChronicleEntry).ToList();
        page.Append("<section id=\"timeline\">\n<h2>Timeline <small>大事记 · month by month</small></h2>\n");
        if (events.Count == 0)
        {
            page.Append("<p class=\"empty\">No chronicle (大事记) in the input.</p>\n</section>\n");
            return 0;
        }

        var months = events
            .GroupBy(e => e.Date?.FirstDay is { } day ? day[..7] : "undated")
            .OrderBy(g => g.Key == "undated" ? "~" : g.Key, StringComparer.Ordinal)
            .ToList();
        var busiest = months.Max(g => g.Count());
        page.Append("<div class=\"histogram\" role=\"img\" aria-label=\"chronicle events per month\">");
        foreach (var month in months)
        {
            var height = Math.Max(4, 100 * month.Count() / busiest);
            page.Append("<a class=\"bar\" href=\"#m-").Append(month.Key).Append("\" title=\"").Append(MonthName(month.Key)).Append(": ")
                .Append(month.Count()).Append(" events\"><span class=\"n\">").Append(month.Count()).Append("</span><span class=\"fill\" style=\"height:")
                .Append(height).Append("%\"></span><span class=\"m\">").Append(ShortMonth(month.Key)).Append("</span></a>");
        }

        page.Append("</div>\n<p class=\"hint\">Click a month to open it, an event to read it whole, a name to follow that person.</p>\n<p class=\"filter\" hidden>Showing the events of <b id=\"filter-name\"></b> · <button type=\"button\" id=\"filter-clear\">show all</button></p>\n<div class=\"months\">\n");
        var firstMonth = true;
        foreach (var month in months)
        {
            // Only the first month starts open, so that the people and documents are a short scroll away.
            page.Append("<details class=\"month\" id=\"m-").Append(month.Key).Append('"').Append(firstMonth ? " open" : string.Empty).Append("><summary><span class=\"month-name\">")
                .Append(MonthName(month.Key)).Append("</span><span class=\"count\">").Append(month.Count()).Append(" events</span><span class=\"preview\">").Append(Encode(MonthPreview(month, people))).Append("</span></summary>\n<ol class=\"events\">\n");
            firstMonth = false;
            foreach (var entry in month)
            {
                var names = people.TryGetValue(entry.Id, out var list) ? list : [];
                page.Append("<li class=\"event\" data-event=\"").Append(entry.Id).Append("\" data-people=\"").Append(Encode(string.Join('|', names))).Append("\">");
                page.Append("<time");
                if (entry.Date is { } date)
                {
                    page.Append(" datetime=\"").Append(Encode(date.FirstDay ?? date.Value)).Append("\" title=\"").Append(Encode(date.ToString())).Append('"');
                }

                page.Append('>').Append(Encode(DayLabel(entry))).Append("</time><div class=\"what\"><p>").Append(Encode(WithoutMarker(entry))).Append("</p>");
                if (names.Count > 0)
                {
                    page.Append("<div class=\"chips\">");
                    foreach (var name in names)
                    {
                        page.Append("<button type=\"button\" class=\"chip\" data-person=\"").Append(Encode(name)).Append("\">").Append(Encode(name)).Append("</button>");
                    }

                    page.Append("</div>");
                }

                page.Append("</div></li>\n");
            }

            page.Append("</ol>\n</details>\n");
        }

        page.Append("</div>\n</section>\n");
        return events.Count;
    }

    /// <summary>The month's most present people, shown beside a closed month.</summary>
    private static string MonthPreview(IEnumerable<EntryRecord> month, Dictionary<int, List<string>> people)
    {
        var names = month
            .SelectMany(e => people.TryGetValue(e.Id, out var list) ? list : [])
            .GroupBy(n => n)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(4)
            .Select(g => g.Key);
        return string.Join("、", names);
    }

    /// <summary>The entry's text without its day marker, which the timeline shows as the date.</summary>
    private static string WithoutMarker(EntryRecord entry) =>
        entry.Marker is { } marker && entry.Text.StartsWith(marker, StringComparison.Ordinal)
            ? entry.Text[marker.Length..].TrimStart()
            : entry.Text;

    private static int WritePeople(StringBuilder page, AnalysisResult result, Dictionary<int, List<string>> people)
    {
        var persons = result.Entities.Where(e => e.Type == "PER").OrderByDescending(e => e.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        page.Append("<section id=\"people\">\n<h2>People <small>人物 · who appears most, and with whom</small></h2>\n");
        if (persons.Count == 0)
        {
            page.Append("<p class=\"empty\">No people found.</p>\n</section>\n");
            return 0;
        }

        var top = persons.Take(TopPeopleCount).ToList();
        var most = top[0].Count;
        page.Append("<div class=\"people-grid\">\n<div class=\"panel\"><h3>Most mentioned</h3>\n<ol class=\"ranking\">\n");
        foreach (var person in top)
        {
            var posts = string.Join("、", person.Posts.AsSpan().ToArray().Take(3));
            page.Append("<li class=\"person\" data-person=\"").Append(Encode(person.Name)).Append("\"><span class=\"name\">").Append(Encode(person.Name))
                .Append("</span><span class=\"posts\">").Append(Encode(posts)).Append("</span><span class=\"track\"><span class=\"bar\" style=\"width:")
                .Append(Math.Max(2, 100 * person.Count / most)).Append("%\"></span></span><span class=\"num\">").Append(person.Count).Append("</span></li>\n");
        }

        page.Append("</ol>\n<p class=\"hint\">Click a name to see only the events with that person.</p></div>\n");

        var matrix = top.Take(MatrixPeopleCount).Select(p => p.Name).ToList();
        var together = new int[matrix.Count, matrix.Count];
        foreach (var names in people.Values)
        {
            var present = names.Select(n => matrix.IndexOf(n)).Where(i => i >= 0).Distinct().ToList();
            foreach (var a in present)
            {
                foreach (var b in present)
                {
                    together[a, b]++;
                }
            }
        }

        var strongest = 1;
        for (var a = 0; a < matrix.Count; a++)
        {
            for (var b = 0; b < matrix.Count; b++)
            {
                if (a != b)
                {
                    strongest = Math.Max(strongest, together[a, b]);
                }
            }
        }

        page.Append("<div class=\"panel\"><h3>Who appears with whom <small>entries naming both</small></h3>\n<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead><tr><th></th>");
        foreach (var name in matrix)
        {
            page.Append("<th scope=\"col\"><span>").Append(Encode(name)).Append("</span></th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        for (var a = 0; a < matrix.Count; a++)
        {
            page.Append("<tr><th scope=\"row\">").Append(Encode(matrix[a])).Append("</th>");
            for (var b = 0; b < matrix.Count; b++)
            {
                if (a == b)
                {
                    page.Append("<td class=\"self\"></td>");
                    continue;
                }

                var n = together[a, b];
                var alpha = n == 0 ? 0 : 0.12 + (0.88 * n / strongest);
                page.Append("<td style=\"background:rgba(124,77,255,").Append(alpha.ToString("F2", CultureInfo.InvariantCulture)).Append(")\" title=\"")
                    .Append(Encode(matrix[a])).Append(" & ").Append(Encode(matrix[b])).Append(": ").Append(n).Append(" entries\"")
                    .Append(alpha > 0.55 ? " class=\"dark\"" : string.Empty).Append('>').Append(n == 0 ? string.Empty : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            page.Append("</tr>\n");
        }

        page.Append("</tbody></table></div></div>\n</div>\n</section>\n");
        return top.Count;
    }

    private static (int Entities, int Times) WriteDocuments(StringBuilder page, AnalysisResult result, Dictionary<int, List<MentionRecord>> mentionsByEntry)
    {
        var entities = 0;
        var times = 0;
        page.Append("<section id=\"documents\">\n<h2>Documents <small>文献 · entities highlighted, dates resolved on hover</small></h2>\n<div class=\"legend\">");
        foreach (var type in EntityTypes)
        {
            page.Append("<label class=\"toggle\"><input type=\"checkbox\" checked data-toggle=\"").Append(type).Append("\"><mark class=\"ent\" data-type=\"")
                .Append(type).Append("\">").Append(TypeName(type)).Append("<span class=\"lbl\">").Append(type).Append("</span></mark></label>");
        }

        page.Append("<label class=\"toggle\"><input type=\"checkbox\" checked data-toggle=\"TIME\"><span class=\"time sample\">日期 date</span></label></div>\n<ol class=\"toc\">");
        foreach (var document in result.Documents)
        {
            page.Append("<li><a href=\"#doc-").Append(document.Id).Append("\">").Append(Encode(document.Title ?? $"Document {document.Id}")).Append("</a> <span class=\"kind\">")
                .Append(Encode(document.Kind)).Append("</span></li>");
        }

        page.Append("</ol>\n");
        var entriesByDocument = result.Entries.ToLookup(e => e.DocumentId);
        var first = true;
        foreach (var document in result.Documents)
        {
            var text = result.Texts[document.File];
            page.Append("<details class=\"doc\" id=\"doc-").Append(document.Id).Append('"').Append(first ? " open" : string.Empty).Append("><summary><h3>")
                .Append(Encode(document.Title ?? $"Document {document.Id}")).Append("</h3><p class=\"meta\"><span class=\"kind\">").Append(Encode(document.Kind)).Append("</span>");
            first = false;
            if (document.Speaker is not null)
            {
                page.Append(" · ").Append(Encode(document.SpeakerPost is null ? document.Speaker : $"{document.SpeakerPost} {document.Speaker}"));
            }

            if (document.Date is not null)
            {
                page.Append(" · ").Append(Encode(document.Date));
            }

            page.Append(" · ").Append(Encode(document.File)).Append(':').Append(document.Line).Append("</p></summary>\n<div class=\"doc-body\">\n");
            foreach (var entry in entriesByDocument[document.Id])
            {
                page.Append("<p data-entry=\"").Append(entry.Id).Append("\" data-line=\"").Append(entry.Line).Append("\">");
                if (entry.Kind == EntryRecord.ChronicleEntry && entry.Date is { } date)
                {
                    page.Append("<span class=\"day\" title=\"").Append(Encode(date.ToString())).Append("\">").Append(Encode(date.FirstDay ?? date.Value)).Append("</span>");
                }

                var (e, t) = WriteHighlighted(page, text, entry, mentionsByEntry.TryGetValue(entry.Id, out var list) ? list : []);
                entities += e;
                times += t;
                page.Append("</p>\n");
            }

            page.Append("</div>\n</details>\n");
        }

        page.Append("</section>\n");
        return (entities, times);
    }

    /// <summary>
    /// Writes an entry's source text with its mentions marked. Mentions are taken in order and one that overlaps an
    /// earlier, longer one is left unmarked; line breaks and markdown markup (* and #) are dropped from the display.
    /// </summary>
    private static (int Entities, int Times) WriteHighlighted(StringBuilder page, SourceText text, EntryRecord entry, List<MentionRecord> mentions)
    {
        var entities = 0;
        var times = 0;
        var position = entry.Start;
        foreach (var mention in mentions)
        {
            if (mention.Start < position || mention.End > entry.End)
            {
                continue;
            }

            AppendDisplay(page, text, position, mention.Start);
            var inner = DisplayText(text, mention.Start, mention.End);
            if (mention.Time is { } time)
            {
                page.Append("<span class=\"time\" data-mention=\"").Append(mention.Id).Append("\" data-time=\"").Append(Encode(time.Value)).Append("\" title=\"").Append(Encode(time.ToString())).Append("\">")
                    .Append(Encode(inner)).Append("</span>");
                times++;
            }
            else
            {
                page.Append("<mark class=\"ent\" data-mention=\"").Append(mention.Id).Append("\" data-type=\"").Append(Encode(mention.Type)).Append('"');
                if (mention.Titles.Count > 0)
                {
                    page.Append(" title=\"").Append(Encode(string.Join("、", mention.Titles.AsSpan().ToArray()))).Append('"');
                }

                page.Append('>').Append(Encode(inner)).Append("<span class=\"lbl\">").Append(Encode(mention.Type)).Append("</span></mark>");
                entities++;
            }

            position = mention.End;
        }

        AppendDisplay(page, text, position, entry.End);
        return (entities, times);
    }

    private static void AppendDisplay(StringBuilder page, SourceText text, int start, int end)
    {
        if (end > start)
        {
            page.Append(Encode(DisplayText(text, start, end)));
        }
    }

    private static string DisplayText(SourceText text, int start, int end)
    {
        var span = text.AsSpan(new TextSpan(start, end - start));
        var display = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c is not ('\r' or '\n' or '*' or '#'))
            {
                display.Append(c);
            }
        }

        return display.ToString();
    }

    /// <summary>For each entry, the distinct people named in it, in text order.</summary>
    private static Dictionary<int, List<string>> PeopleByEntry(Dictionary<int, List<MentionRecord>> mentionsByEntry)
    {
        var people = new Dictionary<int, List<string>>();
        foreach (var (entryId, mentions) in mentionsByEntry)
        {
            var names = mentions.Where(m => m.Type == MentionRecord.PersonType).Select(m => m.Text).Distinct().ToList();
            if (names.Count > 0)
            {
                people[entryId] = names;
            }
        }

        return people;
    }

    private static string DayLabel(EntryRecord entry)
    {
        if (entry.Date?.FirstDay is { } first && DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var label = $"{day.Month}月{day.Day}日";
            if (entry.Date.LastDay is { } last && last != first && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
            {
                label += lastDay.Month == day.Month ? $"–{lastDay.Day}日" : $"–{lastDay.Month}月{lastDay.Day}日";
            }

            return label;
        }

        return entry.Marker ?? "—";
    }

    private static string MonthName(string key) =>
        key.Length == 7 && int.TryParse(key.AsSpan(5), CultureInfo.InvariantCulture, out var month)
            ? $"{key[..4]}年{month}月"
            : "Undated 未定日期";

    private static string ShortMonth(string key) =>
        key.Length == 7 && int.TryParse(key.AsSpan(5), CultureInfo.InvariantCulture, out var month) ? $"{month}月" : "未定";

    private static string TypeName(string type) => type switch
    {
        "PER" => "人物",
        "ORG" => "机构",
        "LOC" => "地点",
        "TITLE" => "职务",
        "MEETING" => "会议",
        "WORK" => "文件",
        _ => type,
    };

    internal static string Encode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value ?? string.Empty;
        }

        return value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
    }

    private const string Style = """
        :root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--card:#fff;--accent:#7c4dff;
        --PER:#c9b8ff;--ORG:#9be7e7;--LOC:#ffd28a;--TITLE:#bde5c8;--MEETING:#f7c6d9;--WORK:#d7e3fc}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);line-height:1.6;
        font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
        header{background:linear-gradient(135deg,#2d1b69,#5b3cc4);color:#fff;padding:28px 40px 18px}
        header h1{margin:0 0 14px;font-size:26px;font-weight:600}
        .kicker{margin:0 0 2px;font-size:12px;letter-spacing:1.5px;text-transform:uppercase;opacity:.75}
        .preview{color:var(--muted);font-size:13px;margin-left:auto;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:55%}
        .month[open] .preview{display:none}
        .stats{display:flex;flex-wrap:wrap;gap:12px}
        .stat{background:rgba(255,255,255,.12);border-radius:10px;padding:8px 16px;min-width:120px}
        .stat b{display:block;font-size:24px}.stat span{font-size:12px;opacity:.85}
        nav{margin-top:16px;display:flex;gap:18px}nav a{color:#e8e0ff;text-decoration:none;font-size:14px}nav a:hover{text-decoration:underline}
        section{max-width:1180px;margin:28px auto;padding:0 24px}
        h2{font-size:21px;margin:0 0 14px;border-bottom:2px solid var(--line);padding-bottom:6px}
        h2 small,h3 small{color:var(--muted);font-weight:400;font-size:13px;margin-left:8px}
        .histogram{display:flex;align-items:flex-end;gap:8px;height:170px;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px 8px}
        .histogram .bar{flex:1;display:flex;flex-direction:column;justify-content:flex-end;align-items:center;height:100%;text-decoration:none;color:var(--muted)}
        .histogram .fill{width:100%;background:linear-gradient(#9b7bff,var(--accent));border-radius:5px 5px 0 0;min-height:3px}
        .histogram .n{font-size:12px;color:var(--ink)}.histogram .m{font-size:12px;margin-top:4px}
        .histogram .bar:hover .fill{background:#5b3cc4}
        .filter{margin:12px 0;padding:8px 12px;background:#efe9ff;border-radius:8px}
        .months{margin-top:14px}
        .month{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:10px 0;padding:4px 16px}
        .month summary{cursor:pointer;padding:8px 0;display:flex;gap:12px;align-items:baseline}
        .month-name{font-weight:600;font-size:17px}.count{color:var(--muted);font-size:13px}
        .events{list-style:none;margin:0;padding:0 0 8px}
        .event{display:grid;grid-template-columns:96px 1fr;gap:12px;padding:8px 0;border-top:1px solid #eef1f4}
        .event time{font-weight:600;color:var(--accent);white-space:nowrap}
        .event .what p{margin:0;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;cursor:pointer}
        .event.open .what p{display:block}
        .chips{margin-top:4px;display:flex;flex-wrap:wrap;gap:4px}
        .chip{border:0;background:var(--PER);border-radius:999px;padding:1px 9px;font:inherit;font-size:12px;cursor:pointer}
        .chip:hover{background:#a98dff}
        .event.hidden,.month.hidden{display:none}
        .people-grid{display:grid;grid-template-columns:minmax(300px,1fr) minmax(420px,1.3fr);gap:18px}
        .panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px}
        .panel h3{margin:0 0 10px;font-size:16px}
        .ranking{list-style:none;margin:0;padding:0}
        .person{display:grid;grid-template-columns:64px minmax(0,1fr) 120px 36px;gap:8px;align-items:center;padding:3px 0;cursor:pointer}
        .person:hover .name{color:var(--accent)}
        .person .name{font-weight:600}.person .posts{color:var(--muted);font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .track{background:#eef1f4;border-radius:4px;height:10px}.track .bar{display:block;height:100%;background:var(--accent);border-radius:4px}
        .num{text-align:right;font-variant-numeric:tabular-nums;color:var(--muted);font-size:13px}
        .hint{color:var(--muted);font-size:12px;margin:8px 0 0}
        .matrix-wrap{overflow-x:auto}
        .matrix{border-collapse:collapse;font-size:12px}
        .matrix th{font-weight:600;padding:2px 6px;white-space:nowrap}
        .matrix thead th{height:64px;vertical-align:bottom}.matrix thead th span{writing-mode:vertical-rl;letter-spacing:2px}
        .matrix tbody th{text-align:right}
        .matrix td{width:32px;height:30px;text-align:center;border:1px solid #f0f0f4;font-variant-numeric:tabular-nums}
        .matrix td.dark{color:#fff}.matrix td.self{background:repeating-linear-gradient(45deg,#f4f4f6,#f4f4f6 3px,#fff 3px,#fff 6px)}
        .legend{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 12px;position:sticky;top:0;background:var(--bg);padding:8px 0;z-index:2}
        .toggle{display:flex;align-items:center;gap:4px;font-size:13px;cursor:pointer}
        .toc{columns:2;font-size:14px;margin:0 0 16px;padding-left:22px}.toc a{color:var(--ink)}.toc .kind{color:var(--muted);font-size:12px}
        .doc{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:12px 0;padding:6px 22px}
        .doc summary{cursor:pointer}.doc summary h3{display:inline;font-size:17px}
        .meta{color:var(--muted);font-size:13px;margin:2px 0 8px}.meta .kind{text-transform:uppercase;letter-spacing:.5px}
        .doc-body p{margin:0 0 10px;text-indent:2em;line-height:2.1}
        .doc-body .day{display:inline-block;text-indent:0;background:#efe9ff;color:#4b2fb0;border-radius:4px;font-size:12px;padding:0 6px;margin-right:6px}
        mark.ent{padding:1px 4px;margin:0 1px;border-radius:4px;line-height:1;background:var(--PER);color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
        mark.ent[data-type=ORG]{background:var(--ORG)}mark.ent[data-type=LOC]{background:var(--LOC)}mark.ent[data-type=TITLE]{background:var(--TITLE)}
        mark.ent[data-type=MEETING]{background:var(--MEETING)}mark.ent[data-type=WORK]{background:var(--WORK)}
        mark.ent .lbl{font-size:10px;font-weight:700;margin-left:4px;vertical-align:middle;opacity:.65;text-indent:0;font-family:ui-monospace,monospace}
        .time{border-bottom:2px dotted #e8590c;background:#fff4e6;cursor:help}
        body.hide-PER mark[data-type=PER],body.hide-ORG mark[data-type=ORG],body.hide-LOC mark[data-type=LOC],body.hide-TITLE mark[data-type=TITLE],
        body.hide-MEETING mark[data-type=MEETING],body.hide-WORK mark[data-type=WORK]{background:none;padding:0}
        body.hide-PER mark[data-type=PER] .lbl,body.hide-ORG mark[data-type=ORG] .lbl,body.hide-LOC mark[data-type=LOC] .lbl,body.hide-TITLE mark[data-type=TITLE] .lbl,
        body.hide-MEETING mark[data-type=MEETING] .lbl,body.hide-WORK mark[data-type=WORK] .lbl{display:none}
        body.hide-TIME .doc-body .time{border:0;background:none}
        .empty{color:var(--muted)}
        footer{text-align:center;color:var(--muted);font-size:12px;padding:24px}
        @media (max-width:900px){.people-grid{grid-template-columns:1fr}.toc{columns:1}}
        """;

    private const string Script = """
        (function(){
          var events=[].slice.call(document.querySelectorAll('.event'));
          var months=[].slice.call(document.querySelectorAll('.month'));
          var bar=document.querySelector('.filter');
          function show(name){
            events.forEach(function(e){var on=!name||e.getAttribute('data-people').split('|').indexOf(name)>=0;e.classList.toggle('hidden',!on);});
            months.forEach(function(m){var any=!!m.querySelector('.event:not(.hidden)');m.classList.toggle('hidden',!any);if(name&&any){m.open=true;}});
            if(bar){bar.hidden=!name;document.getElementById('filter-name').textContent=name||'';}
            if(name){document.getElementById('timeline').scrollIntoView();}
          }
          document.addEventListener('click',function(ev){
            var t=ev.target.closest('[data-person]');
            if(t){show(t.getAttribute('data-person'));return;}
            var p=ev.target.closest('.event .what p');if(p){p.parentNode.parentNode.classList.toggle('open');}
          });
          [].slice.call(document.querySelectorAll('.histogram .bar')).forEach(function(a){
            a.addEventListener('click',function(){var d=document.getElementById(a.getAttribute('href').slice(1));if(d){d.open=true;}});
          });
          var clear=document.getElementById('filter-clear');if(clear){clear.addEventListener('click',function(){show(null);});}
          [].slice.call(document.querySelectorAll('[data-toggle]')).forEach(function(box){
            box.addEventListener('change',function(){document.body.classList.toggle('hide-'+box.getAttribute('data-toggle'),!box.checked);});
          });
          document.body.setAttribute('data-ready','1');
        })();
        """;
}
