using System.Globalization;

namespace Weidu.Entities;

/// <summary>
/// Where in a Chinese personal name a character stands and what stands around one: how much likelier a character is
/// as a name's surname, first or last given character, and right before or after a name, than in running text.
/// </summary>
/// <remarks>
/// The ratios (Data/name-context-scores.tsv, made by Data/make_name_context_scores.py) come from jieba's MIT-licensed
/// part-of-speech HMM, whose states include the positions in a personal name (nr): 从 and 在 often stand before a
/// name, 等 and 说 after one, 恩 is likely inside one. No gold NER data was read.
/// </remarks>
internal static class NameContextModel
{
    // Indexed by the character, 0 (no evidence either way) where the HMM has not seen it: the statistical name scan
    // asks at almost every position.
    private static readonly (float[] First, float[] Last, float[] Left, float[] Right, float[] Surname) Scores = Load();

    /// <summary>How much likelier <paramref name="c"/> is as the first of two given characters than in text (natural log).</summary>
    public static float First(char c) => Scores.First[c];

    /// <summary>How much likelier <paramref name="c"/> is as a name's last given character than in text (natural log).</summary>
    public static float Last(char c) => Scores.Last[c];

    /// <summary>How much likelier <paramref name="c"/> is right before a name than anywhere (natural log).</summary>
    public static float Left(char c) => Scores.Left[c];

    /// <summary>How much likelier <paramref name="c"/> is right after a name than anywhere (natural log).</summary>
    public static float Right(char c) => Scores.Right[c];

    /// <summary>How much likelier <paramref name="c"/> is as a name's first character, its surname, than in text (natural log).</summary>
    public static float Surname(char c) => Scores.Surname[c];

    private static (float[], float[], float[], float[], float[]) Load()
    {
        using var stream = typeof(NameContextModel).Assembly.GetManifestResourceStream("Weidu.Entities.name-context-scores.tsv")
            ?? throw new InvalidOperationException("The name context scores are missing from the assembly.");
        using var reader = new StreamReader(stream);
        float[][] columns = [new float[char.MaxValue + 1], new float[char.MaxValue + 1], new float[char.MaxValue + 1], new float[char.MaxValue + 1], new float[char.MaxValue + 1]];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 2 || line[1] != '\t')
            {
                continue;
            }

            var fields = line[2..].Split('\t');
            for (var k = 0; k < columns.Length && k < fields.Length; k++)
            {
                if (float.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
                {
                    columns[k][line[0]] = score;
                }
            }
        }

        return (columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
}
