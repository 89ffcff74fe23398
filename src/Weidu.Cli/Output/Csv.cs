using System.Globalization;
using System.Text;
using Weidu.Cli.Model;

namespace Weidu.Cli.Output;

/// <summary>
/// CSV as RFC 4180 writes it: CRLF line ends, a header row, and a field quoted (with inner quotes doubled) when it
/// holds a comma, a quote or a line break. UTF-8 with a byte order mark, so that spreadsheet programs read the CJK
/// names right; a list (the posts a person held) is one field joined with 、.
/// </summary>
internal static class Csv
{
    private const string ListSeparator = "、";

    public static async Task WriteEntitiesAsync(Stream stream, IReadOnlyList<EntityRecord> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        await WriteAsync(
            stream,
            ["type", "name", "count", "first_date", "last_date", "posts"],
            entities.Select(e => new[] { e.Type, e.Name, e.Count.ToString(CultureInfo.InvariantCulture), e.FirstDate, e.LastDate, string.Join(ListSeparator, e.Posts.AsSpan().ToArray()) }),
            cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteRolesAsync(Stream stream, IReadOnlyList<RoleRecord> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await WriteAsync(
            stream,
            ["person", "post", "first_date", "last_date", "file", "evidence_line"],
            roles.Select(r => new[] { r.Person, r.Post, r.FirstDate, r.LastDate, r.File, r.EvidenceLine.ToString(CultureInfo.InvariantCulture) }),
            cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(FormatRow(header).AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await writer.WriteAsync(FormatRow(row).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One record with its CRLF line end.</summary>
    public static string FormatRow(IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        return line.Append("\r\n").ToString();
    }
}
