namespace Weidu.Entities;

/// <summary>Options of an <see cref="EntityTagger"/>.</summary>
public sealed class EntityTaggerOptions
{
    /// <summary>Names the user knows: each is tagged wherever it appears whole, before any grammar is tried.</summary>
    public IList<GazetteerEntry> Gazetteer { get; } = [];

    /// <summary>
    /// Whether a mention carries the names nested inside it (<see cref="EntityMention.Nested"/>). By default only the
    /// outermost name is returned: 魏都区人民政府 is one ORG, and 魏都区 inside it is not listed.
    /// </summary>
    public bool IncludeNested { get; set; }

    /// <summary>Whether numbered meetings (区委十四届七次全会) are tagged as <see cref="EntityType.Meeting"/>. On by default.</summary>
    public bool TagMeetings { get; set; } = true;

    /// <summary>Whether titles in 《…》 are tagged as <see cref="EntityType.Work"/>. On by default.</summary>
    public bool TagWorks { get; set; } = true;
}
