namespace Weidu.Core;

/// <summary>A replacement of the text in <see cref="Span"/> by <see cref="NewText"/>.</summary>
public readonly struct TextChange : IEquatable<TextChange>
{
    /// <summary>Creates a change.</summary>
    public TextChange(TextSpan span, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        Span = span;
        _newText = newText;
    }

    /// <summary>The span of the old text that is replaced.</summary>
    public TextSpan Span { get; }

    /// <summary>The text that replaces it (never null; empty for a deletion).</summary>
    public string NewText => _newText ?? string.Empty;

    // default(TextChange) must still read as an empty replacement, never null.
    private readonly string? _newText;

    /// <summary>An insertion at <paramref name="position"/>.</summary>
    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>A deletion of <paramref name="span"/>.</summary>
    public static TextChange Delete(TextSpan span) => new(span, string.Empty);

    /// <summary>The change as a range: the old span and the length of its replacement.</summary>
    public TextChangeRange ToRange() => new(Span, NewText.Length);

    /// <inheritdoc />
    public bool Equals(TextChange other) => Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, StringComparer.Ordinal.GetHashCode(NewText));

    /// <summary>Value equality.</summary>
    public static bool operator ==(TextChange left, TextChange right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TextChange left, TextChange right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Span} => \"{NewText}\"";
}

/// <summary>Where text changed: the old span and the length of the text that replaced it.</summary>
public readonly record struct TextChangeRange(TextSpan Span, int NewLength)
{
    /// <summary>The span the replacement occupies in the new text.</summary>
    public TextSpan NewSpan => new(Span.Start, NewLength);
}
