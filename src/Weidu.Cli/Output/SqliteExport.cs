using Microsoft.Data.Sqlite;
using Weidu.Cli.Model;

namespace Weidu.Cli.Output;

/// <summary>
/// Writes the dataset as one SQLite database: documents, entries, entities, mentions (linked to their entry and
/// entity) and roles, with keys and the indexes that make "every event 李朝锋 attended in May" one indexed query.
/// </summary>
internal static class SqliteExport
{
    private const string Schema = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT,
            speaker TEXT,
            speaker_post TEXT,
            date TEXT,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL
        );
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            marker TEXT,
            date_value TEXT,
            date_grain TEXT,
            date_mod TEXT,
            date_start TEXT,
            date_end TEXT,
            first_day TEXT,
            last_day TEXT,
            line INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            count INTEGER NOT NULL,
            first_date TEXT,
            last_date TEXT,
            posts TEXT,
            UNIQUE (type, name)
        );
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            entry_id INTEGER REFERENCES entries(id),
            entity_id INTEGER REFERENCES entities(id),
            line INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            titles TEXT,
            reference TEXT,
            time_kind TEXT,
            time_value TEXT,
            time_grain TEXT,
            time_mod TEXT,
            time_start TEXT,
            time_end TEXT
        );
        CREATE TABLE roles (
            person TEXT NOT NULL,
            post TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            file TEXT NOT NULL,
            evidence_line INTEGER NOT NULL,
            PRIMARY KEY (person, post)
        );
        CREATE INDEX entries_by_document ON entries(document_id);
        CREATE INDEX entries_by_day ON entries(first_day);
        CREATE INDEX entities_by_name ON entities(name);
        CREATE INDEX mentions_by_entry ON mentions(entry_id);
        CREATE INDEX mentions_by_entity ON mentions(entity_id);
        CREATE INDEX mentions_by_type ON mentions(type, text);
        CREATE VIEW person_entries AS
            SELECT DISTINCT p.name AS person, e.id AS entry_id, e.first_day, e.last_day, e.kind, e.text
            FROM entities p
            JOIN mentions m ON m.entity_id = p.id
            JOIN entries e ON e.id = m.entry_id
            WHERE p.type = 'PER';
        """;

    public static Task WriteAsync(string path, AnalysisResult result, CancellationToken cancellationToken) =>
        AtomicFile.CommitAsync(path, temporary => Task.Run(() => Write(temporary, result, cancellationToken), cancellationToken));

    private static void Write(string path, AnalysisResult result, CancellationToken cancellationToken)
    {
        // No pooling: the file must be closed before it is renamed into place.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        Execute(connection, Schema, transaction);

        Insert(connection, transaction, "documents", ["id", "kind", "title", "speaker", "speaker_post", "date", "file", "line", "span_start", "span_end"], result.Documents, d =>
            [d.Id, d.Kind, d.Title, d.Speaker, d.SpeakerPost, d.Date, d.File, d.Line, d.Start, d.End]);
        cancellationToken.ThrowIfCancellationRequested();
        Insert(connection, transaction, "entries", ["id", "document_id", "kind", "marker", "date_value", "date_grain", "date_mod", "date_start", "date_end", "first_day", "last_day", "line", "span_start", "span_end", "text"], result.Entries, e =>
            [e.Id, e.DocumentId, e.Kind, e.Marker, e.Date?.Value, e.Date?.Grain, e.Date?.Mod, e.Date?.Start, e.Date?.End, e.Date?.FirstDay, e.Date?.LastDay, e.Line, e.Start, e.End, e.Text]);
        cancellationToken.ThrowIfCancellationRequested();
        Insert(connection, transaction, "entities", ["id", "type", "name", "count", "first_date", "last_date", "posts"], result.Entities, e =>
            [e.Id, e.Type, e.Name, e.Count, e.FirstDate, e.LastDate, Join(e.Posts)]);
        cancellationToken.ThrowIfCancellationRequested();
        var entityIds = result.Entities.ToDictionary(e => (e.Type, e.Name), e => e.Id);
        Insert(connection, transaction, "mentions", ["id", "document_id", "entry_id", "entity_id", "line", "span_start", "span_end", "text", "type", "titles", "reference", "time_kind", "time_value", "time_grain", "time_mod", "time_start", "time_end"], result.Mentions, m =>
            [m.Id, m.DocumentId, m.EntryId, entityIds.TryGetValue((m.Type, m.EntityName), out var id) ? id : null, m.Line, m.Start, m.End, m.Text, m.Type, m.Type == MentionRecord.PersonType ? Join(m.Titles) : null, m.Reference?.Text,
             m.Time?.Kind, m.Time?.Value, m.Time?.Grain, m.Time?.Mod, m.Time?.Start, m.Time?.End]);
        cancellationToken.ThrowIfCancellationRequested();
        Insert(connection, transaction, "roles", ["person", "post", "first_date", "last_date", "file", "evidence_line"], result.Roles, r =>
            [r.Person, r.Post, r.FirstDate, r.LastDate, r.File, r.EvidenceLine]);
        transaction.Commit();
    }

    private static string Join(Weidu.Core.EquatableArray<string> values) => string.Join('、', values.AsSpan().ToArray());

    private static void Insert<T>(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The table and column names are the constants above, never user input.
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})";
#pragma warning restore CA2100
        // No declared type: each value is bound with the SQLite type of its .NET type (INTEGER, TEXT or NULL).
        var parameters = columns.Select(c =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + c;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var rowValues = values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = rowValues[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
