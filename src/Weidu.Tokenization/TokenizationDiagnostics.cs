using Weidu.Core;

namespace Weidu.Tokenization;

/// <summary>The diagnostics Weidu.Tokenization reports (codes WD1001 and up).</summary>
public static class TokenizationDiagnostics
{
    /// <summary>A user-dictionary line that is not <c>word [frequency] [tag]</c>; the line is skipped.</summary>
    public static readonly DiagnosticDescriptor InvalidUserDictionaryLine = new(
        "WD1001",
        "Invalid user-dictionary line",
        "Line {0} of the user dictionary is not 'word [frequency] [tag]' and was skipped: {1}",
        DiagnosticSeverity.Warning);

    /// <summary>A user-dictionary file that could not be read; the tokenizer goes on without it.</summary>
    public static readonly DiagnosticDescriptor UserDictionaryUnreadable = new(
        "WD1002",
        "User dictionary not readable",
        "The user dictionary '{0}' could not be read: {1}",
        DiagnosticSeverity.Error);
}
