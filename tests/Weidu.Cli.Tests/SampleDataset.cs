using Weidu.Cli.Model;
using Weidu.Core;

namespace Weidu.Cli.Tests;

/// <summary>A small hand-made dataset: a chronicle of three entries in two months, with dated and named mentions.</summary>
internal static class SampleDataset
{
    public const string File = "chronicle.txt";

    // Line 1: title; lines 3–5: entries. Offsets below are into this text.
    public const string Text = "# 大事记\n\n5月3日 区长李朝锋调研“四个一百”项目。\n是日 区委书记张书杰、区长李朝锋出席会议。\n6月1日 李朝锋到七里店街道办事处调研。\n";

    public static AnalysisResult Create()
    {
        var text = SourceText.From(Text);
        int At(string s, int from = 0) => Text.IndexOf(s, from, StringComparison.Ordinal);
        var may3 = new TimeValue("2019-05-03", "day", "2019-05-03T00:00:00", "2019-05-04T00:00:00");
        var june1 = new TimeValue("2019-06-01", "day", "2019-06-01T00:00:00", "2019-06-02T00:00:00");
        var line3 = At("5月3日");
        var line4 = At("是日");
        var line5 = At("6月1日");
        var documents = new[] { new DocumentRecord(1, "chronicle", "大事记", null, null, null, File, 1, 0, Text.Length) };
        var entries = new[]
        {
            new EntryRecord(1, 1, EntryRecord.ChronicleEntry, "5月3日", may3, 3, line3, line4 - 1, "5月3日 区长李朝锋调研“四个一百”项目。", [new PersonRef("李朝锋", ["区长"])], [], []),
            new EntryRecord(2, 1, EntryRecord.ChronicleEntry, "是日", may3, 4, line4, line5 - 1, "是日 区委书记张书杰、区长李朝锋出席会议。", [new PersonRef("张书杰", ["区委书记"]), new PersonRef("李朝锋", ["区长"])], [], []),
            new EntryRecord(3, 1, EntryRecord.ChronicleEntry, "6月1日", june1, 5, line5, Text.Length - 1, "6月1日 李朝锋到七里店街道办事处调研。", [new PersonRef("李朝锋", [])], ["七里店街道办事处"], []),
        };
        var mentions = new List<MentionRecord>
        {
            new(1, 1, 1, 3, line3, line3 + 4, "5月3日", MentionRecord.TimeType, may3, []),
            new(2, 1, 1, 3, At("李朝锋"), At("李朝锋") + 3, "李朝锋", MentionRecord.PersonType, null, ["区长"]),
            new(3, 1, 2, 4, line4, line4 + 2, "是日", MentionRecord.TimeType, may3, []),
            new(4, 1, 2, 4, At("张书杰"), At("张书杰") + 3, "张书杰", MentionRecord.PersonType, null, ["区委书记"]),
            new(5, 1, 2, 4, At("李朝锋", line4), At("李朝锋", line4) + 3, "李朝锋", MentionRecord.PersonType, null, ["区长"]),
            new(6, 1, 3, 5, line5, line5 + 4, "6月1日", MentionRecord.TimeType, june1, []),
            new(7, 1, 3, 5, At("李朝锋", line5), At("李朝锋", line5) + 3, "李朝锋", MentionRecord.PersonType, null, []),
            new(8, 1, 3, 5, At("七里店街道办事处"), At("七里店街道办事处") + 8, "七里店街道办事处", "ORG", null, []),
        };
        return DatasetBuilder.Complete(documents, entries, mentions, new Dictionary<string, SourceText> { [File] = text });
    }
}
