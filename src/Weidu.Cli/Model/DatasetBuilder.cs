using Weidu.Core;

namespace Weidu.Cli.Model;

/// <summary>
/// Derives the corpus-wide tables from the per-item records: the distinct entities (how often, first and last date,
/// posts held) and the role table (each post a person is printed with, first and last date, first evidence line).
/// A mention is dated by its entry's date, else by its document's date. A surname standing for a person (张 of 张书记)
/// that resolved to the full name counts as a mention of that person, and holds no role: the role table's persons are
/// full names.
/// </summary>
internal static class DatasetBuilder
{
    public static AnalysisResult Complete(
        IReadOnlyList<DocumentRecord> documents,
        IReadOnlyList<EntryRecord> entries,
        IReadOnlyList<MentionRecord> mentions,
        IReadOnlyDictionary<string, SourceText> texts)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(texts);
        var documentsById = documents.ToDictionary(d => d.Id);
        var entriesById = entries.ToDictionary(e => e.Id);

        string? DateOf(MentionRecord mention) =>
            mention.EntryId is { } entryId && entriesById[entryId].Date is { } date ? date.FirstDay : documentsById[mention.DocumentId].Date;

        var entities = new Dictionary<(string Type, string Name), EntityAccumulator>();
        var roles = new Dictionary<(string Person, string Post), RoleAccumulator>();
        foreach (var mention in mentions.OrderBy(m => m.DocumentId).ThenBy(m => m.Start))
        {
            if (mention.Type == MentionRecord.TimeType)
            {
                continue;
            }

            var date = DateOf(mention);
            var key = (mention.Type, mention.EntityName);
            if (!entities.TryGetValue(key, out var entity))
            {
                entities[key] = entity = new EntityAccumulator();
            }

            entity.Add(date, mention.Titles);
            foreach (var post in mention.Text.Length > 1 ? mention.Titles : EquatableArray<string>.Empty)
            {
                var roleKey = (mention.Text, post);
                if (!roles.TryGetValue(roleKey, out var role))
                {
                    roles[roleKey] = role = new RoleAccumulator(documentsById[mention.DocumentId].File, mention.Line);
                }

                role.Add(date);
            }
        }

        var entityRecords = entities
            .OrderBy(e => e.Key.Type, StringComparer.Ordinal)
            .ThenByDescending(e => e.Value.Count)
            .ThenBy(e => e.Key.Name, StringComparer.Ordinal)
            .Select((e, i) => new EntityRecord(i + 1, e.Key.Type, e.Key.Name, e.Value.Count, e.Value.First, e.Value.Last, e.Value.Posts.ToEquatableArray()))
            .ToList();
        var roleRecords = roles
            .OrderBy(r => r.Key.Person, StringComparer.Ordinal)
            .ThenBy(r => r.Value.First ?? "9999", StringComparer.Ordinal)
            .ThenBy(r => r.Key.Post, StringComparer.Ordinal)
            .Select(r => new RoleRecord(r.Key.Person, r.Key.Post, r.Value.First, r.Value.Last, r.Value.File, r.Value.Line))
            .ToList();
        return new AnalysisResult(documents, entries, mentions, entityRecords, roleRecords, texts);
    }

    private abstract class DatedAccumulator
    {
        public string? First { get; private set; }

        public string? Last { get; private set; }

        public void AddDate(string? date)
        {
            if (date is null)
            {
                return;
            }

            if (First is null || string.CompareOrdinal(date, First) < 0)
            {
                First = date;
            }

            if (Last is null || string.CompareOrdinal(date, Last) > 0)
            {
                Last = date;
            }
        }
    }

    private sealed class EntityAccumulator : DatedAccumulator
    {
        public int Count { get; private set; }

        // Posts in the order first seen, each once.
        public List<string> Posts { get; } = [];

        public void Add(string? date, EquatableArray<string> titles)
        {
            Count++;
            AddDate(date);
            foreach (var title in titles)
            {
                if (!Posts.Contains(title))
                {
                    Posts.Add(title);
                }
            }
        }
    }

    private sealed class RoleAccumulator(string file, int line) : DatedAccumulator
    {
        public string File { get; } = file;

        public int Line { get; } = line;

        public void Add(string? date) => AddDate(date);
    }
}
