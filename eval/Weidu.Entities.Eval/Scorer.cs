using System.Globalization;
using System.Text;

namespace Weidu.Entities.Eval;

/// <summary>Entity-level precision, recall and F1 per type and overall: an entity counts only with its exact span and type.</summary>
internal sealed class Scorer
{
    public static readonly string[] Types = ["PER", "LOC", "ORG"];

    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = Types.ToDictionary(t => t, _ => (0, 0, 0));

    public void Add(IReadOnlyList<GoldEntity> gold, IEnumerable<GoldEntity> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var entity in gold)
        {
            Update(entity.Type, gold: 1);
        }

        foreach (var entity in predicted.Where(p => _counts.ContainsKey(p.Type)).Distinct())
        {
            Update(entity.Type, predicted: 1, correct: goldSet.Contains(entity) ? 1 : 0);
        }
    }

    private void Update(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (g, p, c) = _counts[type];
        _counts[type] = (g + gold, p + predicted, c + correct);
    }

    public double F1(string? type)
    {
        var (_, _, f) = Score(type);
        return f;
    }

    private (int Gold, int Predicted, int Correct) Counts(string? type) => type is null
        ? _counts.Values.Aggregate((0, 0, 0), (a, v) => (a.Item1 + v.Gold, a.Item2 + v.Predicted, a.Item3 + v.Correct))
        : _counts[type];

    private (double Precision, double Recall, double F1) Score(string? type)
    {
        var (g, p, c) = Counts(type);
        var precision = p == 0 ? 0 : 100.0 * c / p;
        var recall = g == 0 ? 0 : 100.0 * c / g;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Appends one markdown row per type and one overall, for the system named <paramref name="system"/>.</summary>
    public void AppendRows(StringBuilder table, string system)
    {
        foreach (var type in Types.Append(null))
        {
            var (precision, recall, f1) = Score(type);
            var (g, p, c) = Counts(type);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {system} | {type ?? "**overall**"} | {precision:F1} | {recall:F1} | {f1:F1} | {g} | {p} | {c} |");
        }
    }
}
