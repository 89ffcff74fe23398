using Weidu.Core;

namespace Weidu.Entities;

/// <summary>
/// One entity found in a text: where it is (UTF-16 offsets into the text that was tagged), its text and type.
/// A person carries the posts printed with it; an outer name carries the names nested in it when they were asked for.
/// </summary>
/// <param name="Span">The span in the tagged text.</param>
/// <param name="Text">The text of the mention with OCR damage inside it (line breaks, stray spaces) removed.</param>
/// <param name="Type">The kind of entity.</param>
public sealed record EntityMention(TextSpan Span, string Text, EntityType Type)
{
    /// <summary>For a person: the posts printed with the name (区委书记, 区长 …), in text order.</summary>
    public EquatableArray<string> Titles { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// The names nested inside this one (魏都区 in 魏都区人民政府). Empty unless
    /// <see cref="EntityTaggerOptions.IncludeNested"/> is set.
    /// </summary>
    public EquatableArray<EntityMention> Nested { get; init; } = EquatableArray<EntityMention>.Empty;

    /// <summary>Renders as <c>PER[3..6) 张书杰</c>.</summary>
    public override string ToString() => $"{Type.ToCode()}[{Span.Start}..{Span.End}) {Text}";
}
