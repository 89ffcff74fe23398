namespace Weidu.Entities;

/// <summary>
/// Names the lexicon vouches for without context: places, organisations and transliterated foreign persons from
/// jieba's MIT-licensed dictionary (Data/lexicon-names.tsv, made by Data/make_lexicon_names.py, which documents the
/// filters). No gold NER data was read to make it.
/// </summary>
internal static class LexiconNames
{
    private static readonly (NameTrie Trie, EntityType[] Types, int[] Lengths, string[] Names) Table = Load();

    /// <summary>The names, for the tables built from them once.</summary>
    public static IReadOnlyList<string> Names => Table.Names;

    /// <summary>The longest listed name that starts <paramref name="text"/>: its length (0 when none) and type.</summary>
    public static int LongestAt(ReadOnlySpan<char> text, out EntityType type)
    {
        var index = Table.Trie.LongestMatch(text, backward: false);
        type = index < 0 ? default : Table.Types[index];
        return index < 0 ? 0 : Table.Lengths[index];
    }

    /// <summary>Whether <paramref name="text"/> is a listed name of <paramref name="type"/>.</summary>
    public static bool Is(ReadOnlySpan<char> text, EntityType type)
    {
        var index = Table.Trie.IndexOf(text);
        return index >= 0 && Table.Types[index] == type;
    }

    private static (NameTrie, EntityType[], int[], string[]) Load()
    {
        using var stream = typeof(LexiconNames).Assembly.GetManifestResourceStream("Weidu.Entities.lexicon-names.tsv")
            ?? throw new InvalidOperationException("The lexicon names are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        var types = new List<EntityType>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && EntityTypeCodes.TryParse(line[(tab + 1)..], out var type))
            {
                names.Add(line[..tab]);
                types.Add(type);
            }
        }

        return (new NameTrie(names), [.. types], names.Select(n => n.Length).ToArray(), [.. names]);
    }
}
