using System.Text;
using System.Text.RegularExpressions;

namespace Weidu.Entities.Eval;

/// <summary>A gold entity: a character range [Start, End) of its sentence and a type (PER, LOC or ORG).</summary>
internal readonly record struct GoldEntity(int Start, int End, string Type);

/// <summary>A sentence of a gold set with its entities.</summary>
internal sealed record GoldSentence(string Text, IReadOnlyList<GoldEntity> Entities);

/// <summary>Readers of the gold-set formats described in the gold data's README.</summary>
internal static partial class GoldSet
{
    /// <summary>
    /// Reads a character-per-line BIO file (<c>char TAB-or-SPACE tag</c>, blank line between sentences). An I- tag
    /// that does not continue an entity of its type starts one, as the usual conlleval scorer does.
    /// </summary>
    public static List<GoldSentence> ReadBio(string path)
    {
        var sentences = new List<GoldSentence>();
        var text = new StringBuilder();
        var entities = new List<GoldEntity>();
        int start = -1;
        string? type = null;

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            // The character may itself be a space-like symbol; the tag is always the last field.
            var split = line.LastIndexOfAny([' ', '\t']);
            var character = split <= 0 ? line : line[..split];
            var tag = split <= 0 ? "O" : line[(split + 1)..];
            var position = text.Length;
            text.Append(character.Length == 0 ? " " : character);

            if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && type != tag[2..]))
            {
                Close(position);
                start = position;
                type = tag[2..];
            }
            else if (!tag.StartsWith("I-", StringComparison.Ordinal))
            {
                Close(position);
            }
        }

        Flush();
        return sentences;

        void Close(int end)
        {
            if (type is not null)
            {
                entities.Add(new GoldEntity(start, end, type));
            }

            type = null;
        }

        void Flush()
        {
            Close(text.Length);
            if (text.Length > 0)
            {
                sentences.Add(new GoldSentence(text.ToString(), entities.ToArray()));
            }

            text.Clear();
            entities.Clear();
        }
    }

    [GeneratedRegex(@"\{[a-z0-9]+\}")]
    private static partial Regex Pinyin();

    /// <summary>
    /// Reads the segmented PFR sample as the README's peer-baseline harness does: a bracketed [..]ns compound is one
    /// LOC and [..]nt one ORG; outside compounds nr* tokens are PER with adjacent name tokens merged, ns LOC, nt ORG.
    /// </summary>
    public static List<GoldSentence> ReadPfr(string path)
    {
        var sentences = new List<GoldSentence>();
        foreach (var raw in File.ReadLines(path))
        {
            var tokens = raw.Split("  ", StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2)
            {
                continue;
            }

            var text = new StringBuilder();
            var entities = new List<GoldEntity>();
            int compoundStart = -1;
            int personStart = -1;
            foreach (var token in tokens.Skip(1))
            {
                var word = token;
                var opens = word.StartsWith('[') && word.Length > 1;
                if (opens)
                {
                    word = word[1..];
                    compoundStart = text.Length;
                }

                string? compoundTag = null;
                var close = word.LastIndexOf(']');
                if (close > 0 && close < word.Length - 1 && word.IndexOf('/') < close)
                {
                    compoundTag = word[(close + 1)..];
                    word = word[..close];
                }

                var slash = word.LastIndexOf('/');
                if (slash <= 0)
                {
                    continue;
                }

                var surface = Pinyin().Replace(word[..slash], string.Empty);
                var tag = word[(slash + 1)..];
                var isName = compoundStart < 0 && tag.StartsWith("nr", StringComparison.Ordinal);
                if (!isName && personStart >= 0)
                {
                    entities.Add(new GoldEntity(personStart, text.Length, "PER"));
                    personStart = -1;
                }

                var tokenStart = text.Length;
                text.Append(surface);
                if (isName)
                {
                    personStart = personStart < 0 ? tokenStart : personStart;
                }
                else if (compoundStart < 0 && tag is "ns" or "nt")
                {
                    entities.Add(new GoldEntity(tokenStart, text.Length, tag == "ns" ? "LOC" : "ORG"));
                }

                if (compoundTag is not null)
                {
                    if (compoundTag is "ns" or "nt")
                    {
                        entities.Add(new GoldEntity(compoundStart, text.Length, compoundTag == "ns" ? "LOC" : "ORG"));
                    }

                    compoundStart = -1;
                }
            }

            if (personStart >= 0)
            {
                entities.Add(new GoldEntity(personStart, text.Length, "PER"));
            }

            sentences.Add(new GoldSentence(text.ToString(), entities));
        }

        return sentences;
    }
}
