namespace Weidu.Entities;

/// <summary>How sure a grammar is of a candidate; the resolver keeps the surest of overlapping candidates.</summary>
internal enum Confidence
{
    /// <summary>A surname with name-like characters and nothing else for it.</summary>
    Statistical = 10,

    /// <summary>A name the lexicon lists as a place, an organisation or a foreign person.</summary>
    Lexicon = 15,

    /// <summary>A body before an organisation or place suffix.</summary>
    Suffix = 20,

    /// <summary>A name in the corpus gazetteer, or a place every reader knows.</summary>
    Corpus = 30,

    /// <summary>A name with a person cue beside it (同志, 家中, a post after it).</summary>
    Cue = 40,

    /// <summary>A post, a meeting, or a name printed after a post or in a list of leaders.</summary>
    Context = 50,

    /// <summary>A name the user listed.</summary>
    User = 60,

    /// <summary>A title in 《…》: nothing inside it is tagged on its own.</summary>
    Quoted = 70,
}

/// <summary>A possible mention over the clean text, before overlaps are resolved.</summary>
internal readonly record struct Candidate(int Start, int End, EntityType Type, Confidence Confidence, int TitleGroup = -1)
{
    public int Length => End - Start;

    public bool Contains(Candidate other) => Start <= other.Start && other.End <= End;
}
