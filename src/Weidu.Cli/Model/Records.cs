using System.Globalization;
using Weidu.Core;

namespace Weidu.Cli.Model;

/// <summary>
/// A resolved calendar value, as <c>weidu dates</c> writes it: the TIMEX3-style value at the text's own precision,
/// its grain, the Gregorian interval [start, end) it means (either end may be open) and a modifier.
/// </summary>
internal sealed record TimeValue(string Value, string Grain, string? Start, string? End, string? Mod = null, string Kind = "date")
{
    /// <summary>The first day of the interval (yyyy-MM-dd), the date researchers sort and filter on.</summary>
    public string? FirstDay => Start is { Length: >= 10 } ? Start[..10] : null;

    /// <summary>The last day the interval covers (yyyy-MM-dd): the day before an exclusive end at midnight.</summary>
    public string? LastDay
    {
        get
        {
            if (End is null || !DateTimeOffset.TryParse(End, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
            {
                return FirstDay;
            }

            var last = end.TimeOfDay == TimeSpan.Zero ? end.AddDays(-1) : end;
            return last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Renders as the hover text of the report: <c>2019-01-20 (day) [2019-01-20T00:00:00, 2019-01-21T00:00:00)</c>.</summary>
    public override string ToString()
    {
        var interval = Start is null && End is null ? string.Empty : $" [{Start ?? "…"}, {End ?? "…"})";
        var mod = Mod is null ? string.Empty : $" {Mod}";
        return $"{Value}{mod} ({Grain}){interval}";
    }
}

/// <summary>One document of an input: a speech, a report, a chronicle, or other text.</summary>
internal sealed record DocumentRecord(
    int Id,
    string Kind,
    string? Title,
    string? Speaker,
    string? SpeakerPost,
    string? Date,
    string File,
    int Line,
    int Start,
    int End);

/// <summary>A person named in an entry, with the posts printed beside the name there.</summary>
internal sealed record PersonRef(string Name, EquatableArray<string> Posts);

/// <summary>
/// A chronicle entry (<see cref="Kind"/> "entry", with its day marker) or a paragraph of another document
/// (<see cref="Kind"/> "paragraph"), with its resolved date, clean text and the names in it.
/// </summary>
internal sealed record EntryRecord(
    int Id,
    int DocumentId,
    string Kind,
    string? Marker,
    TimeValue? Date,
    int Line,
    int Start,
    int End,
    string Text,
    EquatableArray<PersonRef> Persons,
    EquatableArray<string> Organizations,
    EquatableArray<string> Places)
{
    public const string ChronicleEntry = "entry";
    public const string Paragraph = "paragraph";
}

/// <summary>
/// A temporal or entity mention: where it is in its input file (1-based line, UTF-16 offsets), its text and type
/// (TIME, PER, ORG, LOC, TITLE, MEETING, WORK); a TIME mention has its value, a PER mention the posts printed with it,
/// and a surname or a given name that stands for a person (张 of 张书记, 朝锋 for 李朝锋) the reference it is part of.
/// </summary>
internal sealed record MentionRecord(
    int Id,
    int DocumentId,
    int? EntryId,
    int Line,
    int Start,
    int End,
    string Text,
    string Type,
    TimeValue? Time,
    EquatableArray<string> Titles,
    ReferenceRecord? Reference = null)
{
    public const string TimeType = "TIME";
    public const string PersonType = "PER";

    /// <summary>The entity the mention counts towards: the full name a reference resolved to, else its own text.</summary>
    public string EntityName => Reference?.Person ?? Text;
}

/// <summary>
/// A short reference to a person (张书记, 朝锋) as <c>AliasResolver</c> read it, and the full name it resolved to, or null
/// when the text and the corpus's roles name no one person it fits.
/// </summary>
internal sealed record ReferenceRecord(string Text, string? Person);

/// <summary>A distinct entity across all inputs: how often it is mentioned, when first and last, and (for a person) the posts held.</summary>
internal sealed record EntityRecord(int Id, string Type, string Name, int Count, string? FirstDate, string? LastDate, EquatableArray<string> Posts);

/// <summary>A post a person is printed with, the first and last date it is seen, and where it is first seen.</summary>
internal sealed record RoleRecord(string Person, string Post, string? FirstDate, string? LastDate, string File, int EvidenceLine);

/// <summary>Everything <c>weidu analyze</c> writes, and the input texts the report renders.</summary>
internal sealed record AnalysisResult(
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<EntryRecord> Entries,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<RoleRecord> Roles,
    IReadOnlyDictionary<string, SourceText> Texts);
