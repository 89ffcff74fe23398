using Weidu.Core;

namespace Weidu.Cli.Input;

/// <summary>The diagnostics the command line reports about its inputs and outputs (codes WD6001–WD6099).</summary>
internal static class CliDiagnostics
{
    public static readonly DiagnosticDescriptor FileNotFound = new(
        "WD6001", "Input not found", "no such file or directory", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoTextFiles = new(
        "WD6002", "No text files", "the directory holds no .txt or .md files", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotText = new(
        "WD6003", "Not a text file", "not a text file: a NUL byte at byte offset {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Unreadable = new(
        "WD6004", "Input unreadable", "cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OutputFailed = new(
        "WD6005", "Output not written", "cannot be written: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotAFile = new(
        "WD6006", "Not a file", "a directory: this command reads one file", DiagnosticSeverity.Error);

    /// <summary>
    /// Renders a diagnostic as one line, <c>path(line,column): error WD6001: message</c> (the form compilers use, so
    /// editors can jump to it), with its 0-based <paramref name="position"/> written 1-based when there is one.
    /// </summary>
    public static string Format(Diagnostic diagnostic, LinePosition? position = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var where = diagnostic.Path ?? "weidu";
        if (position is { } at)
        {
            where = $"{where}({at.Line + 1},{at.Character + 1})";
        }

        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>One error line about an input or output as a whole (no position).</summary>
    public static string Problem(DiagnosticDescriptor descriptor, string path, params object?[] args) =>
        Format(Diagnostic.Create(descriptor, default, path, args));

    /// <summary>
    /// One error line for all the undecodable bytes of an input: the first sequence (<paramref name="first"/>, a
    /// WD0001 with its byte offset, at <paramref name="position"/>) and how many there are in all.
    /// </summary>
    public static string InvalidBytes(Diagnostic first, LinePosition position, int count, Diagnostic? many)
    {
        ArgumentNullException.ThrowIfNull(first);
        var tail = many is not null ? $"; {many.Message}" : count > 1 ? $"; {count} such sequences in the file" : string.Empty;
        return Format(first with { Severity = DiagnosticSeverity.Error, Message = first.Message + tail }, position);
    }
}
