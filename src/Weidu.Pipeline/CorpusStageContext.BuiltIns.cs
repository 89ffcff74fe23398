using Weidu.Entities;
using Weidu.Pipeline.BuiltIns;
using Weidu.Temporal;
using Weidu.Tokenization;

namespace Weidu.Pipeline;

public sealed partial class CorpusStageContext
{
    private BuiltInGraph? _builtIns;

    internal BuiltInServices BuiltInServices { get; } = new();

    /// <summary>Each document's tree, from the segmentation stage (a default segmenter when that stage was not added); tracked as <c>segment</c>.</summary>
    public IncrementalValuesProvider<SegmentedDocument> DocumentTrees => BuiltIns.DocumentTrees;

    /// <summary>
    /// The paragraphs and chronicle entries of every document, in text order. An item is matched to last run's
    /// by its position-free node, so inserting an entry adds one item and leaves the others as they were.
    /// </summary>
    public IncrementalValuesProvider<CorpusItem> Items => BuiltIns.Items;

    /// <summary>Each item's tokens, relative to its clean text (empty annotations without the tokenizer stage); tracked as <c>tokenize</c>.</summary>
    public IncrementalValuesProvider<AnnotatedText<Token>> Tokens => BuiltIns.Tokens;

    /// <summary>Each item's temporal mentions, relative to its clean text (empty without the temporal stage); tracked as <c>temporal</c>.</summary>
    public IncrementalValuesProvider<AnnotatedText<TemporalMention>> TemporalMentions => BuiltIns.TemporalMentions;

    /// <summary>Each item's entity mentions, relative to its clean text (empty without the entity stage); tracked as <c>entities</c>.</summary>
    public IncrementalValuesProvider<AnnotatedText<EntityMention>> EntityMentions => BuiltIns.EntityMentions;

    /// <summary>Each item with its tokens and mentions, all spans absolute in the document's text.</summary>
    public IncrementalValuesProvider<AnalysedItem> AnalysedItems => BuiltIns.AnalysedItems;

    internal BuiltInGraph BuiltIns => _builtIns ??= new BuiltInGraph(Documents, BuiltInServices, Options);

    /// <summary>Called once the built-in stages are initialised: when any was added, its outputs become the run's.</summary>
    internal void CompleteBuiltIns()
    {
        if (BuiltInServices.Any)
        {
            BuiltIns.RegisterOutputs(this);
        }
    }
}
