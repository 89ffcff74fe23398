using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Weidu.Temporal;

namespace Weidu.Cli.Commands;

/// <summary>
/// <c>weidu dates --reference DATE</c>: one JSON line per input line with every temporal expression, its UTF-16 span,
/// kind, TIMEX value, modifier, grain and interval (in the reference's local time, end exclusive).
/// </summary>
internal static class DatesCommand
{
    private static readonly string[] ReferenceFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static Command Create(CliConsole console)
    {
        var reference = new Option<DateTime?>("--reference", "-r")
        {
            Description = "The ISO 8601 date or date-time (with an optional offset) that 今天, 本月 and dates without a year are read against. Default: now.",
            HelpName = "DATE",
            CustomParser = ParseReference,
        };
        return LineCommand.Create(
            console,
            "dates",
            "Find and resolve dates and times (2019年1月20日, 是日, 上旬, 农历腊月二十七, 春节前 …) in each line of standard input (or --input FILE), as JSON Lines.",
            [reference],
            parse =>
            {
                var extractor = new TemporalExtractor();
                var context = new TemporalContext(parse.GetValue(reference) ?? DateTime.Now, AnchorSource.ReferenceTime);
                return line => TemporalJson.Serialize(line, extractor.Extract(line, context));
            });
    }

    /// <summary>
    /// Parses an ISO 8601 date or date-time. An offset places the reference in that zone: its wall-clock time there
    /// is the anchor, and the intervals are written in it.
    /// </summary>
    private static DateTime? ParseReference(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParseExact(value, ReferenceFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.DateTime;
        }

        result.AddError($"'{value}' is not an ISO 8601 date or date-time, such as 2019-01-20, 2019-01-20T09:30 or 2019-01-20T09:30:00+08:00.");
        return null;
    }
}
