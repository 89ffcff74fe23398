namespace Weidu.Tokenization;

/// <summary>How a <see cref="ChineseTokenizer"/> is built.</summary>
public sealed class ChineseTokenizerOptions
{
    /// <summary>The segmentation convention; <see cref="SegmentationStandard.Default"/> keeps names, dates and numbers whole.</summary>
    public SegmentationStandard Standard { get; set; }

    /// <summary>Paths of user dictionaries in jieba's format (<c>word [frequency] [tag]</c> per line), applied in order.</summary>
    public IList<string> UserDictionaries { get; } = [];

    /// <summary>Words added or removed in code, applied after the files.</summary>
    public UserDictionary UserWords { get; set; } = UserDictionary.Empty;

    /// <summary>
    /// Whether runs of characters the lexicon cannot join are cut by the character HMM (jieba's
    /// "HMM on"), which finds unknown words such as names. On by default.
    /// </summary>
    public bool UseUnknownWordModel { get; set; } = true;
}
