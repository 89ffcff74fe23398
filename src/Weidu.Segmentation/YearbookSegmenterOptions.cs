namespace Weidu.Segmentation;

/// <summary>Options of <see cref="YearbookSegmenter"/>.</summary>
public sealed class YearbookSegmenterOptions
{
    /// <summary>
    /// The year of a chronicle whose title prints none (大事记 rather than 2019年大事记). When unset, the
    /// year most of the documents before the chronicle are dated is taken.
    /// </summary>
    public int? Year { get; set; }
}
