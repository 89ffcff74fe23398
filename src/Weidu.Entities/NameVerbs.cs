namespace Weidu.Entities;

/// <summary>
/// The two-character verbs that stand inside organisations' names (联合, 开发, 解放, 促进), from the organisations of
/// jieba's MIT-licensed dictionary (Data/name-verbs.tsv, made by Data/make_name_verbs.py). No gold NER data was read.
/// </summary>
internal static class NameVerbs
{
    private static readonly WordSet Words = Load();

    /// <summary>Whether <paramref name="word"/> is a verb some organisation's name holds.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);

    private static WordSet Load()
    {
        using var stream = typeof(NameVerbs).Assembly.GetManifestResourceStream("Weidu.Entities.name-verbs.tsv")
            ?? throw new InvalidOperationException("The name verbs are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && line[0] != '#')
            {
                words.Add(line[..tab]);
            }
        }

        return new WordSet(string.Join('|', words));
    }
}
