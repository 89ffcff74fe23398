namespace Weidu.Entities;

/// <summary>The kind of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organisation: a party or government body, a company, a school, a hospital (ORG).</summary>
    Organization,

    /// <summary>A place of any kind: an administrative area, a street, a river, a park, an industrial park, a historic site (LOC).</summary>
    Location,

    /// <summary>An official post such as 区委书记 or 副区长 (TITLE).</summary>
    Title,

    /// <summary>A numbered meeting such as 区委十四届七次全会 (MEETING).</summary>
    Meeting,

    /// <summary>A title in 《…》 (WORK).</summary>
    Work,
}

/// <summary>The short codes of <see cref="EntityType"/> used in JSON output and BIO files.</summary>
public static class EntityTypeCodes
{
    /// <summary>The code of <paramref name="type"/>: PER, ORG, LOC, TITLE, MEETING or WORK.</summary>
    public static string ToCode(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Title => "TITLE",
        EntityType.Meeting => "MEETING",
        EntityType.Work => "WORK",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a code made by <see cref="ToCode"/> (case-insensitive).</summary>
    public static bool TryParse(string? code, out EntityType type)
    {
        switch (code?.ToUpperInvariant())
        {
            case "PER": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Organization; return true;
            case "LOC": type = EntityType.Location; return true;
            case "TITLE": type = EntityType.Title; return true;
            case "MEETING": type = EntityType.Meeting; return true;
            case "WORK": type = EntityType.Work; return true;
            default: type = default; return false;
        }
    }
}
