using System.Globalization;
using System.Text;

namespace Weidu.Temporal.Eval;

/// <summary>
/// <c>dotnet run -c Release --project eval/Weidu.Temporal.Eval -- [folder] [--verbose]</c>: reads the peer
/// suites (duckling-zh.tsv, jionlp-zh.tsv), resolves each phrase against its row's reference time and
/// prints markdown tables of pass counts per suite and per feature. JioNLP's call options map to the
/// context: <c>ret_future=True</c> to <see cref="TemporalBias.Future"/>, <c>lunar_date=False</c> to
/// <see cref="TemporalContext.ReadChineseMonthDayAsLunar"/> = false.
/// </summary>
internal static class Program
{
    /// <summary>The reference for rows that give none (JioNLP's time.time() rows, whose value the phrase fixes).</summary>
    private static readonly DateTime UndatedReference = new(2025, 6, 15, 12, 0, 0);

    private static int Main(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "eval", "dates");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No such folder: {folder}");
            return 2;
        }

        Console.OutputEncoding = Encoding.UTF8;
        var results = new List<Result>();
        foreach (var (suite, file) in new[] { ("duckling", "duckling-zh.tsv"), ("jionlp", "jionlp-zh.tsv") })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"Missing {path}");
                continue;
            }

            foreach (var line in File.ReadLines(path).Skip(1))
            {
                if (line.Length > 0)
                {
                    results.Add(Evaluate(suite, line.Split('\t')));
                }
            }
        }

        PrintSuites(results);
        PrintFeatures(results);
        if (verbose)
        {
            Console.WriteLine();
            Console.WriteLine("## Failures");
            Console.WriteLine();
            foreach (var result in results.Where(r => !r.Passed))
            {
                Console.WriteLine($"- {result.Suite} [{result.Feature}]{(result.Marked ? " (marked)" : "")} `{result.Phrase}` ref {result.Reference}: expected {result.Expected}, got {result.Actual}");
            }
        }

        return 0;
    }

    private sealed record Result(string Suite, string Feature, string Phrase, string Reference, bool Marked, bool Passed, bool Crashed, string Expected, string Actual);

    private static Result Evaluate(string suite, string[] row)
    {
        var phrase = row[0];
        var reference = row[1];
        var expectedStart = row[2];
        var grain = row[3];
        var expectedEnd = row[4];
        var notes = row.Length > 5 ? row[5] : "";
        var marked = notes.Contains("duckling-convention", StringComparison.Ordinal) || notes.Contains("JioNLP convention", StringComparison.Ordinal) || notes.Contains("CHECK", StringComparison.Ordinal);
        var feature = suite == "duckling" ? DucklingFeature(notes) : JioNlpFeature(notes);
        var expected = expectedStart.Length == 0 ? Duration(notes) ?? "duration" : $"[{expectedStart}, {(expectedEnd.Length == 0 ? $"+1 {grain}" : expectedEnd)})";
        try
        {
            var anchor = ParseReference(reference);
            var context = new TemporalContext(anchor)
            {
                Bias = notes.Contains("ret_future=True", StringComparison.Ordinal) ? TemporalBias.Future : TemporalBias.Context,
                ReadChineseMonthDayAsLunar = !notes.Contains("lunar_date=False", StringComparison.Ordinal),

                // A reference given only to the year or month (JioNLP's partial time_base) names the year, not a day in it.
                DocumentYear = reference.Length is 4 or 7 ? anchor.Year : null,
            };
            var mentions = new TemporalExtractor().Extract(phrase, context);
            var mention = mentions.OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start).FirstOrDefault();
            if (mention is null)
            {
                return new Result(suite, feature, phrase, reference, marked, false, false, expected, "nothing");
            }

            var actual = mention.Interval is { } got ? $"[{Format(got.Start)}, {Format(got.End)}) {mention.Value}" : $"{mention.Kind} {mention.Value}";
            bool passed;
            if (expectedStart.Length == 0)
            {
                var duration = Duration(notes);
                passed = mention.Kind == TemporalKind.Duration && (duration is null || Normalize(duration) == Normalize(mention.Value));
            }
            else
            {
                var start = ParseBound(expectedStart);
                var end = expectedEnd.Length == 0 ? Add(start!.Value, grain) : ParseBound(expectedEnd);
                passed = mention.Interval is { } interval && interval.Start == start && interval.End == end;
            }

            return new Result(suite, feature, phrase, reference, marked, passed, false, expected, actual);
        }
#pragma warning disable CA1031 // The evaluation records a crash as a result instead of stopping.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new Result(suite, feature, phrase, reference, marked, false, true, expected, $"CRASH {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static string? Duration(string notes)
    {
        const string key = "duration=";
        var index = notes.IndexOf(key, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var end = index + key.Length;
        while (end < notes.Length && !char.IsWhiteSpace(notes[end]) && notes[end] != ';')
        {
            end++;
        }

        return notes[(index + key.Length)..end];
    }

    /// <summary>Compares durations in days: P4W equals P28D, P2Y6M equals P2.5Y.</summary>
    private static double Normalize(string iso)
    {
        double total = 0;
        var number = new StringBuilder();
        var time = false;
        foreach (var c in iso)
        {
            if (c == 'P')
            {
                continue;
            }

            if (c == 'T')
            {
                time = true;
                continue;
            }

            if (char.IsDigit(c) || c == '.')
            {
                number.Append(c);
                continue;
            }

            var value = number.Length == 0 ? 0 : double.Parse(number.ToString(), CultureInfo.InvariantCulture);
            number.Clear();
            total += c switch
            {
                'Y' => value * 360,
                'M' when !time => value * 30,
                'W' => value * 7,
                'D' => value,
                'H' => value / 24,
                'M' => value / 1440,
                _ => value / 86400,
            };
        }

        return Math.Round(total, 6);
    }

    private static DateTime ParseReference(string reference)
    {
        if (reference.Length == 0)
        {
            return UndatedReference;
        }

        if (DateTimeOffset.TryParse(reference, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset) && reference.Length > 19)
        {
            return offset.DateTime;
        }

        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyy-MM-dd'T'HH", "yyyy-MM-dd'T'HH:mm:ss"];
        return DateTime.ParseExact(reference, formats, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static DateTime? ParseBound(string value) => value switch
    {
        "-inf" or "inf" => null,
        _ => DateTime.Parse(value, CultureInfo.InvariantCulture),
    };

    private static DateTime Add(DateTime start, string grain) => grain switch
    {
        "second" => start.AddSeconds(1),
        "minute" => start.AddMinutes(1),
        "hour" => start.AddHours(1),
        "day" => start.AddDays(1),
        "week" => start.AddDays(7),
        "month" => start.AddMonths(1),
        "quarter" => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    private static string Format(DateTime? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) ?? "open";

    private static string JioNlpFeature(string notes)
    {
        var index = notes.IndexOf("section=", StringComparison.Ordinal);
        if (index < 0)
        {
            return "other";
        }

        var end = notes.IndexOf(';', index);
        return notes[(index + 8)..(end < 0 ? notes.Length : end)].Trim();
    }

    private static string DucklingFeature(string notes)
    {
        if (notes.Contains("Cantonese", StringComparison.Ordinal))
        {
            return "cantonese";
        }

        if (notes.Contains("US month/day", StringComparison.Ordinal))
        {
            return "numeric (US order)";
        }

        if (notes.Contains("holiday=", StringComparison.Ordinal) || notes.Contains("CN001", StringComparison.Ordinal))
        {
            return "holiday";
        }

        var index = notes.IndexOf("duckling_group=G", StringComparison.Ordinal);
        var group = index < 0 ? 0 : int.Parse(notes.AsSpan(index + 16, 3), CultureInfo.InvariantCulture);
        return group switch
        {
            1 => "now",
            <= 7 => "relative day",
            <= 17 => "weekday",
            <= 25 => "date",
            <= 33 => "week",
            <= 41 => "month / year",
            <= 55 => "last / next N units",
            _ => "clock time",
        };
    }

    private static void PrintSuites(List<Result> results)
    {
        Console.WriteLine("| suite | rows | target rows (not marked) | passed | % | marked rows passed | crashes |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var suite in results.GroupBy(r => r.Suite))
        {
            var target = suite.Where(r => !r.Marked).ToList();
            var marked = suite.Where(r => r.Marked).ToList();
            var passed = target.Count(r => r.Passed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {suite.Key} | {suite.Count()} | {target.Count} | {passed} | {100.0 * passed / Math.Max(1, target.Count):F1} | {marked.Count(r => r.Passed)}/{marked.Count} | {suite.Count(r => r.Crashed)} |"));
        }
    }

    private static void PrintFeatures(List<Result> results)
    {
        foreach (var suite in results.GroupBy(r => r.Suite))
        {
            Console.WriteLine();
            Console.WriteLine($"### {suite.Key}: per feature (rows not marked as a peer convention)");
            Console.WriteLine();
            Console.WriteLine("| feature | passed | rows |");
            Console.WriteLine("| --- | ---: | ---: |");
            foreach (var feature in suite.Where(r => !r.Marked).GroupBy(r => r.Feature).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"| {feature.Key} | {feature.Count(r => r.Passed)} | {feature.Count()} |");
            }
        }
    }
}
