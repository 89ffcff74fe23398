using Microsoft.Extensions.DependencyInjection;
using Weidu.Core;

namespace Weidu.Segmentation.Tests;

/// <summary>Nodes are position-free values: an edit elsewhere leaves them equal, an edit inside does not.</summary>
public sealed class EqualityTests
{
    [Fact]
    public void Nodes_compare_equal_after_an_edit_elsewhere()
    {
        var before = Yearbook.Tree;
        var position = Yearbook.StartOfLine(18) + 2; // inside the first speech's first paragraph
        var edited = before.Text.WithChanges(new TextChange(new TextSpan(position, 0), "插入的文字"));
        var after = new YearbookSegmenter().Segment(edited);

        Assert.NotEqual(before.Documents[0], after.Documents[0]);
        Assert.Equal(before.Documents.AsSpan()[1..].ToArray(), after.Documents.AsSpan()[1..].ToArray());

        // Inside the edited document, the paragraphs after the edit are still equal, though they moved.
        var oldSection = before.Documents[0].Sections.Last();
        var newSection = after.Documents[0].Sections.Last();
        Assert.Equal(oldSection, newSection);
        Assert.NotEqual(before.GetSpan(oldSection), after.GetSpan(newSection));
        Assert.Equal(oldSection.GetHashCode(), newSection.GetHashCode());
    }

    [Fact]
    public void Entry_compares_equal_after_an_entry_is_inserted_before_it()
    {
        var before = Yearbook.Tree;
        var edited = before.Text.WithChanges(new TextChange(new TextSpan(Yearbook.StartOfLine(606), 0), "是日 新增的一条。\n\n"));
        var after = new YearbookSegmenter().Segment(edited);
        var oldEntries = before.Documents[7].Months.First().Entries.ToList();
        var newEntries = after.Documents[7].Months.First().Entries.ToList();
        Assert.Equal(oldEntries.Count + 1, newEntries.Count);
        Assert.Equal(oldEntries, newEntries.Where((_, i) => i != 1));
    }

    [Fact]
    public void Equal_text_in_another_role_is_not_equal()
    {
        var entry = Yearbook.Segment("# 2019年大事记\n\n## 1 月\n\n2日 甲。\n").Documents[0].Months.Single().Entries.Single();
        var other = Yearbook.Segment("# 2019年大事记\n\n## 2 月\n\n2日 甲。\n").Documents[0].Months.Single().Entries.Single();
        Assert.Equal(entry.GetFullText(), other.GetFullText());
        Assert.NotEqual(entry, other); // the month is part of the entry
        Assert.False(entry == other);
        Assert.True(entry != other);
    }

    [Fact]
    public void Segmenter_registers_with_options()
    {
        using var provider = new ServiceCollection()
            .AddYearbookSegmentation(o => o.Year = 2016)
            .BuildServiceProvider();
        var segmenter = provider.GetRequiredService<YearbookSegmenter>();
        Assert.Same(segmenter, provider.GetRequiredService<YearbookSegmenter>());
        Assert.Equal(2016, segmenter.Segment(SourceText.From("# 大事记\n\n## 1 月\n\n2日 甲。\n")).Documents[0].Year);
    }
}
