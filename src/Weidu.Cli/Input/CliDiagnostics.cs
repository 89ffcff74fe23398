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

    /// <summary>
    /// Renders a diagnostic as one line, <c>path(line,column): error WD6001: message</c> (the form compilers use,
    /// so editors can jump to it); the position is given when the diagnostic has a span in a known text.
    /// </summary>
    public static string Format(Diagnostic diagnostic, SourceText? text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var where = diagnostic.Path ?? "weidu";
        if (text is not null && diagnostic.Span.Start <= text.Length)
        {
            var position = text.Lines.GetLinePosition(diagnostic.Span.Start);
            where = $"{where}({position.Line + 1},{position.Character + 1})";
        }

        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }
}
