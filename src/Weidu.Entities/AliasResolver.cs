using Weidu.Core;

namespace Weidu.Entities;

/// <summary>How a short reference to a person is written.</summary>
public enum AliasKind
{
    /// <summary>A surname and a post: 张书记, 史市长.</summary>
    SurnameAndPost,

    /// <summary>A given name and 同志: 朝锋同志.</summary>
    GivenNameAndComrade,

    /// <summary>A given name alone, which the tagger tags a person where the corpus named the person in full: 朝锋 for 李朝锋.</summary>
    GivenName,
}

/// <summary>A short reference to a person and the full name it was resolved to.</summary>
/// <param name="Span">The span of the reference in the text.</param>
/// <param name="Text">The reference as printed (张书记).</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Person">The full name it refers to, or null when it could not be resolved (no candidate, or several).</param>
public sealed record PersonAlias(TextSpan Span, string Text, AliasKind Kind, string? Person)
{
    /// <summary>Whether the reference was resolved to one person.</summary>
    public bool IsResolved => Person is not null;
}

/// <summary>
/// Resolves short references to persons (张书记 → 张书杰, 朝锋同志 and 朝锋 → 李朝锋): first to the persons named in the
/// same text, then to the corpus's <see cref="RoleTable"/>. A reference that fits no person, or fits several
/// equally, is returned unresolved. Stateless and thread-safe.
/// </summary>
public static class AliasResolver
{
    private static readonly WordSet AliasPosts = new("书记|副书记|市长|副市长|区长|副区长|县长|省长|主任|部长|局长|主席|政委|秘书长|院长|校长|委员|常委");

    private const string Comrade = "同志";

    // Both characters before 同志 must be name-like, so 各位同志 and 领导同志 are not taken for given names.
    private const float MinGivenScore = -1.5f;

    /// <summary>Finds and resolves the short references in <paramref name="text"/>, given the mentions tagged in it.</summary>
    /// <param name="text">The text that was tagged.</param>
    /// <param name="mentions">Its mentions, from <see cref="EntityTagger.Tag(string, Gazetteer)"/>.</param>
    /// <param name="roles">The corpus's roles, for references whose person is not named in the text.</param>
    /// <param name="date">The text's date, to prefer the person who held the post then.</param>
    public static EquatableArray<PersonAlias> Resolve(string text, EquatableArray<EntityMention> mentions, RoleTable? roles = null, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        roles ??= RoleTable.Empty;
        var persons = mentions.AsImmutableArray().Where(m => m.Type == EntityType.Person).ToArray();
        var insidePerson = new bool[text.Length];
        var givenNames = new Dictionary<int, PersonAlias>();
        foreach (var person in persons)
        {
            if (IsSurnameBeforeLocalPost(text, person))
            {
                continue;
            }

            if (GivenNameAlone(person, persons, roles) is { } givenName)
            {
                givenNames[person.Span.Start] = givenName;
                continue;
            }

            var start = Math.Clamp(person.Span.Start, 0, text.Length);
            insidePerson.AsSpan(start, Math.Clamp(person.Span.End, start, text.Length) - start).Fill(true);
        }

        // A reference resolves the same way wherever it stands in the text, so each is resolved once.
        var resolved = new Dictionary<(string Text, AliasKind Kind), string?>();
        var aliases = new List<PersonAlias>();
        for (var i = 0; i < text.Length; i++)
        {
            if (insidePerson[i] || !NameModel.IsHan(text[i]))
            {
                continue;
            }

            var alias = TrySurnameAndPost(text, i, persons, roles, date, resolved) ?? TryGivenNameAndComrade(text, i, persons, roles, resolved)
                ?? givenNames.GetValueOrDefault(i);
            if (alias is not null)
            {
                aliases.Add(alias);
                i = alias.Span.End - 1;
            }
        }

        return aliases.ToEquatableArray();
    }

    /// <summary>
    /// Whether <paramref name="person"/> is a surname alone before a post of <see cref="AliasPosts"/> (张书记): the
    /// tagger tags such a surname a person, as the gold sets do, and it is the reference this class resolves. One
    /// before a national post (毛主席) names its holder without a full name and is left alone.
    /// </summary>
    private static bool IsSurnameBeforeLocalPost(string text, EntityMention person)
    {
        if (person.Span.Length != 1 || person.Span.End >= text.Length)
        {
            return false;
        }

        var rest = text.AsSpan(person.Span.End);
        var post = AliasPosts.LongestPrefix(rest);
        return post > 0 && Grammar.NationalPosts.LongestPrefix(rest) != post;
    }

    private static PersonAlias? TrySurnameAndPost(
        string text, int i, EntityMention[] persons, RoleTable roles, DateOnly? date, Dictionary<(string Text, AliasKind Kind), string?> resolved)
    {
        var surname = NameModel.SurnameLength(text.AsSpan(i));
        // Only at a boundary or after a unit (市委胡书记); after a post (张书记任政委) the surname is a verb.
        if (surname == 0 || (i > 0 && NameModel.IsHan(text[i - 1])
            && Grammar.PostUnits.LongestSuffix(text.AsSpan(0, i)) == 0 && Grammar.LevelUnits.LongestSuffix(text.AsSpan(0, i)) == 0))
        {
            return null;
        }

        var post = AliasPosts.LongestPrefix(text.AsSpan(i + surname));
        if (post == 0 || Grammar.LevelUnits.Contains(text.AsSpan(i, surname)))
        {
            return null;
        }

        var end = i + surname + post;
        var reference = text[i..end];
        if (resolved.TryGetValue((reference, AliasKind.SurnameAndPost), out var known))
        {
            return new PersonAlias(TextSpan.FromBounds(i, end), reference, AliasKind.SurnameAndPost, known);
        }

        var family = text.Substring(i, surname);
        var head = text.Substring(i + surname, post);

        // In the text: the nearest person of that surname printed with a post ending in the head, else any of that surname.
        var local = persons.Where(p => p.Text.StartsWith(family, StringComparison.Ordinal) && p.Text.Length > surname).ToArray();
        var withPost = local.Where(p => p.Titles.Any(t => t.EndsWith(head, StringComparison.Ordinal))).Select(p => p.Text).Distinct().ToArray();
        var person = Single(withPost) ?? Single(local.Select(p => p.Text).Distinct().ToArray());

        // In the corpus: the person of that surname whose post ends in the head, held nearest the date.
        person ??= Single(roles.Roles
            .Where(r => r.Person.StartsWith(family, StringComparison.Ordinal) && r.Person.Length > surname && r.Post.EndsWith(head, StringComparison.Ordinal))
            .Where(r => date is null || r.FirstSeen is null || r.FirstSeen <= date)
            .Select(r => r.Person)
            .Distinct()
            .ToArray());
        resolved[(reference, AliasKind.SurnameAndPost)] = person;
        return new PersonAlias(TextSpan.FromBounds(i, end), reference, AliasKind.SurnameAndPost, person);
    }

    private static PersonAlias? TryGivenNameAndComrade(
        string text, int i, EntityMention[] persons, RoleTable roles, Dictionary<(string Text, AliasKind Kind), string?> resolved)
    {
        const int given = 2;
        var end = i + given;
        if (end + Comrade.Length > text.Length || !text.AsSpan(end).StartsWith(Comrade, StringComparison.Ordinal)
            || (i > 0 && NameModel.IsHan(text[i - 1])) || !NameModel.IsHan(text[i + 1]) || NameModel.SurnameLength(text.AsSpan(i)) > 0
            || (end + Comrade.Length < text.Length && text[end + Comrade.Length] == '们')
            || NameModel.GivenScore(text[i]) < MinGivenScore || NameModel.GivenScore(text[i + 1]) < MinGivenScore)
        {
            return null;
        }

        var name = text.AsSpan(i, given).ToString();
        var span = TextSpan.FromBounds(i, end + Comrade.Length);
        if (resolved.TryGetValue((name, AliasKind.GivenNameAndComrade), out var known))
        {
            return new PersonAlias(span, text[i..span.End], AliasKind.GivenNameAndComrade, known);
        }

        var person = PersonOf(FullNamesOf(name, persons, roles));
        resolved[(name, AliasKind.GivenNameAndComrade)] = person;
        return new PersonAlias(span, text[i..span.End], AliasKind.GivenNameAndComrade, person);
    }

    /// <summary>
    /// The reference <paramref name="person"/> is when it is a given name of two characters standing alone for a person
    /// named in full in the text or the corpus's roles (朝锋 for 李朝锋), resolved as <see cref="PersonOf"/> does; else
    /// null. The tagger tags such a given name where the corpus gazetteer holds the full name, and it is a
    /// reference this class resolves, not a person of its own.
    /// </summary>
    private static PersonAlias? GivenNameAlone(EntityMention person, EntityMention[] persons, RoleTable roles)
    {
        if (person.Text.Length != 2)
        {
            return null;
        }

        var names = FullNamesOf(person.Text, persons, roles);
        return names.InText.Length + names.InRoles.Length == 0 ? null : new PersonAlias(person.Span, person.Text, AliasKind.GivenName, PersonOf(names));
    }

    /// <summary>The distinct full names, a surname of one character and <paramref name="givenName"/>, of the persons named in the text and of the roles.</summary>
    private static (string[] InText, string[] InRoles) FullNamesOf(string givenName, EntityMention[] persons, RoleTable roles)
    {
        return (Matching(persons.Select(p => p.Text)), Matching(roles.Roles.Select(r => r.Person)));

        string[] Matching(IEnumerable<string> names) =>
            names.Where(p => p.Length == givenName.Length + 1 && p.EndsWith(givenName, StringComparison.Ordinal)).Distinct().ToArray();
    }

    /// <summary>The one person the text names with a given name, else the one the roles do, else null.</summary>
    private static string? PersonOf((string[] InText, string[] InRoles) names) => Single(names.InText) ?? Single(names.InRoles);

    private static string? Single(string[] candidates) => candidates.Length == 1 ? candidates[0] : null;
}
