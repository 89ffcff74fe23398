namespace Weidu.Entities.Tests;

/// <summary>
/// The resolver's working arrays are kept per thread from one text to the next: what a text is tagged as must not
/// depend on what the thread tagged before it, longer or shorter, nor on a text too long for the arrays to be kept.
/// </summary>
public sealed class ResolverScratchTests
{
    private const string Short = "区委书记张书杰、区长李朝锋到魏都区人民政府调研。";

    private const string Long = "许昌市魏都区人民政府召开常务会议，区长李朝锋主持，副区长王建华、刘晓东出席。会议听取了魏都区发展和改革委员会的汇报，"
        + "研究了许昌市第一人民医院、魏都区教育局和西关街道办事处的工作。张书杰强调，要抓好落实。";

    [Fact]
    public void A_text_is_tagged_the_same_after_a_longer_and_after_a_shorter_one()
    {
        var tagger = new EntityTagger();
        var fresh = Fresh(tagger, Short);
        var freshLong = Fresh(tagger, Long);

        Assert.NotEmpty(fresh.AsImmutableArray());
        tagger.Tag(Long);
        Assert.Equal(fresh, tagger.Tag(Short));
        tagger.Tag(Short);
        Assert.Equal(freshLong, tagger.Tag(Long));
    }

    [Fact]
    public void A_text_is_tagged_the_same_after_one_too_long_to_keep_the_arrays_for()
    {
        var tagger = new EntityTagger();
        var fresh = Fresh(tagger, Short);
        var huge = string.Concat(Enumerable.Repeat(Long, (1 << 16) / Long.Length + 2));

        Assert.True(tagger.Tag(huge).Count > 0);
        Assert.Equal(fresh, tagger.Tag(Short));
    }

    // Tagged on a thread that tagged nothing before, so with new working arrays.
    private static Weidu.Core.EquatableArray<EntityMention> Fresh(EntityTagger tagger, string text)
    {
        Weidu.Core.EquatableArray<EntityMention> result = default;
        var thread = new Thread(() => result = tagger.Tag(text));
        thread.Start();
        thread.Join();
        return result;
    }
}
