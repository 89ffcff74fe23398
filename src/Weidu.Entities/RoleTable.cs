using Weidu.Core;

namespace Weidu.Entities;

/// <summary>One tagged text of a corpus (a paragraph, a chronicle entry) with the date the caller knows for it.</summary>
/// <param name="DocumentId">A stable identity for the text, reported with each piece of evidence.</param>
/// <param name="Mentions">The mentions <see cref="EntityTagger.Tag(string, Gazetteer)"/> found in it.</param>
/// <param name="Date">The date of what the text reports, when known (the temporal library supplies it).</param>
public sealed record TaggedText(string DocumentId, EquatableArray<EntityMention> Mentions, DateOnly? Date = null);

/// <summary>Where a person was seen holding a post.</summary>
/// <param name="DocumentId">The text the evidence is in.</param>
/// <param name="Span">The person mention's span in that text.</param>
/// <param name="Date">The text's date, when known.</param>
public sealed record RoleEvidence(string DocumentId, TextSpan Span, DateOnly? Date);

/// <summary>A person holding a post, with the first and last dates it was seen and every place it was printed.</summary>
/// <param name="Person">The person's name.</param>
/// <param name="Post">The post as printed (区委书记, 副区长).</param>
/// <param name="FirstSeen">The earliest dated evidence, or null when none is dated.</param>
/// <param name="LastSeen">The latest dated evidence, or null when none is dated.</param>
/// <param name="Evidence">Every mention that printed the post with the name, in corpus order.</param>
public sealed record Role(string Person, string Post, DateOnly? FirstSeen, DateOnly? LastSeen, EquatableArray<RoleEvidence> Evidence);

/// <summary>
/// The corpus's role table: who held which post, when it was seen, and where. Built from tagged texts in corpus
/// order; a post can change over the year, so one person may have several roles with different dates.
/// </summary>
/// <param name="Roles">The roles, sorted by person, then first date seen, then post.</param>
public sealed record RoleTable(EquatableArray<Role> Roles)
{
    /// <summary>A table with no roles.</summary>
    public static RoleTable Empty { get; } = new(EquatableArray<Role>.Empty);

    /// <summary>
    /// Builds the table from the person mentions of <paramref name="texts"/> that carry posts and are full names: a
    /// one-character mention is a surname standing for a person (张书记), which <see cref="AliasResolver"/> resolves.
    /// </summary>
    public static RoleTable Build(IEnumerable<TaggedText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var evidence = new Dictionary<(string Person, string Post), List<RoleEvidence>>();
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            foreach (var mention in text.Mentions)
            {
                // A surname alone (张书记, 毛主席) is a reference to a person, not the person's name.
                if (mention.Type != EntityType.Person || mention.Text.Length < 2)
                {
                    continue;
                }

                foreach (var post in mention.Titles)
                {
                    if (!evidence.TryGetValue((mention.Text, post), out var list))
                    {
                        evidence[(mention.Text, post)] = list = [];
                    }

                    list.Add(new RoleEvidence(text.DocumentId, mention.Span, text.Date));
                }
            }
        }

        var roles = evidence
            .Select(e =>
            {
                var dates = e.Value.Where(v => v.Date is not null).Select(v => v.Date!.Value).ToList();
                return new Role(e.Key.Person, e.Key.Post, dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), e.Value.ToEquatableArray());
            })
            .OrderBy(r => r.Person, StringComparer.Ordinal)
            .ThenBy(r => r.FirstSeen ?? DateOnly.MaxValue)
            .ThenBy(r => r.Post, StringComparer.Ordinal)
            .ToArray();
        return roles.Length == 0 ? Empty : new RoleTable(new EquatableArray<Role>(roles));
    }

    /// <summary>The roles of <paramref name="person"/>, sorted by first date seen.</summary>
    public IEnumerable<Role> RolesOf(string person) => Roles.Where(r => r.Person == person);
}
