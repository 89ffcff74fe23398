using System.Globalization;

namespace Weidu.Core;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something a user may want to know, such as a detected encoding.</summary>
    Info,

    /// <summary>The input was handled, but not as written (a replaced byte, a cut item).</summary>
    Warning,

    /// <summary>Part of the input could not be handled.</summary>
    Error,
}

/// <summary>
/// Describes one kind of diagnostic: its code (WD0001…), default severity and message format.
/// Each library declares its own descriptors in its own code range.
/// </summary>
/// <param name="Id">The stable code, e.g. <c>WD0001</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string for the message.</param>
/// <param name="DefaultSeverity">The severity of diagnostics made from this descriptor.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity DefaultSeverity);

/// <summary>
/// A problem found in the input: a code, a severity, where (the file, when known, and the UTF-16 span) and a message.
/// Libraries report bad input as diagnostics and throw only for programmer errors.
/// </summary>
/// <param name="Id">The stable code, e.g. <c>WD0001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The message, naming the position in words where useful.</param>
/// <param name="Span">The UTF-16 span in the text the diagnostic is about.</param>
/// <param name="Path">The file or document the text came from, when known.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, TextSpan Span, string? Path = null)
{
    /// <summary>Creates a diagnostic from a descriptor and the arguments of its message format.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, string? path, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(descriptor.Id, descriptor.DefaultSeverity, message, span, path);
    }

    /// <summary>Renders as <c>path(start..end): severity ID: message</c>.</summary>
    public override string ToString()
    {
        var where = Path is null ? Span.ToString() : $"{Path}{Span}";
        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
    }
}

/// <summary>A thread-safe collector of diagnostics, in the order they were reported.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>The number of diagnostics collected so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>Whether any collected diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    /// <summary>A snapshot of the diagnostics collected so far.</summary>
    public EquatableArray<Diagnostic> ToArray()
    {
        lock (_gate)
        {
            return new EquatableArray<Diagnostic>(_items.ToArray());
        }
    }
}
