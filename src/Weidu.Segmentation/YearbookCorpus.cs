using Weidu.Core;

namespace Weidu.Segmentation;

/// <summary>The root of a yearbook tree: the documents of one text, in printed order.</summary>
public sealed class YearbookCorpus : YearbookNode
{
    internal YearbookCorpus(ReadOnlyMemory<char> fullText, EquatableArray<YearbookNode> documents)
        : base(fullText, documents)
    {
    }

    /// <inheritdoc />
    public override YearbookNodeKind Kind => YearbookNodeKind.Corpus;

    /// <summary>The documents, in printed order.</summary>
    public IEnumerable<YearbookDocument> Documents => ChildrenOf<YearbookDocument>();

    private protected override bool MetadataEquals(YearbookNode other) => true;
}
