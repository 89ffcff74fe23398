using Weidu.Core;

namespace Weidu.Cli.Input;

/// <summary>
/// Resolves the FILE|DIR|- arguments of a command to inputs and decodes them. Every problem becomes one error line
/// naming the file (and the position, where there is one); the inputs that can be read are still returned.
/// </summary>
internal static class InputReader
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The name the bundled yearbook is reported under.</summary>
    public const string BundledYearbookName = "weidu-yearbook-2019.txt";

    private const string BundledYearbookResource = "Weidu.Cli.weidu-yearbook-2019.txt";

    // git's rule for binary files: a NUL byte in the first 8000 bytes (UTF-16 text, which has them, carries a BOM).
    private const int BinaryProbeLength = 8000;

    private static readonly string[] TextExtensions = [".txt", ".md"];

    /// <summary>The bundled 2019 yearbook of 魏都区, embedded in the tool.</summary>
    public static InputSource BundledYearbook { get; } = new(
        BundledYearbookName,
        () => typeof(InputReader).Assembly.GetManifestResourceStream(BundledYearbookResource)
            ?? throw new InvalidOperationException($"The resource {BundledYearbookResource} is missing from the build."),
        null);

    /// <summary>Resolves arguments to sources: a file, every .txt/.md file under a directory (sorted), or '-' for standard input.</summary>
    public static IReadOnlyList<InputSource> Resolve(IReadOnlyList<string> arguments, CliConsole console, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(problems);
        var sources = new List<InputSource>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                sources.Add(new InputSource(StandardInputName, console.OpenInput, null));
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    problems.Add(Problem(CliDiagnostics.NoTextFiles, argument));
                }

                sources.AddRange(files.Select(FileSource));
            }
            else if (File.Exists(argument))
            {
                sources.Add(FileSource(argument));
            }
            else
            {
                problems.Add(Problem(CliDiagnostics.FileNotFound, argument));
            }
        }

        return sources;
    }

    /// <summary>Reads and decodes every source; the ones that cannot be read are reported in <see cref="InputSet.Problems"/>.</summary>
    public static async Task<InputSet> ReadAllAsync(IReadOnlyList<InputSource> sources, List<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(problems);
        var texts = new List<InputText>();
        foreach (var source in sources)
        {
            var text = await TryReadAsync(source, problems, cancellationToken).ConfigureAwait(false);
            if (text is not null)
            {
                texts.Add(text);
            }
        }

        return new InputSet(texts, problems);
    }

    /// <summary>
    /// Reads one source. A file with a NUL byte is not text and is skipped; undecodable bytes are read as U+FFFD and
    /// reported once per file (the first offset and how many in all), and the text is still returned.
    /// </summary>
    public static async Task<InputText?> TryReadAsync(InputSource source, List<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        byte[] bytes;
        try
        {
            var stream = source.Open();
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(CliDiagnostics.Unreadable, source.Path, e.Message));
            return null;
        }

        var nul = FindNul(bytes);
        if (nul >= 0)
        {
            problems.Add(Problem(CliDiagnostics.NotText, source.Path, nul));
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var text = SourceText.From(bytes, null, diagnostics, source.Path);
        ReportInvalidBytes(diagnostics, text, source.Path, problems);
        return new InputText(source.Path, text, bytes.LongLength);
    }

    private static void ReportInvalidBytes(DiagnosticBag diagnostics, SourceText text, string path, List<string> problems)
    {
        var reported = diagnostics.ToArray();
        var invalid = 0;
        Diagnostic? first = null;
        Diagnostic? many = null;
        foreach (var diagnostic in reported)
        {
            if (diagnostic.Id == CoreDiagnostics.InvalidBytes.Id)
            {
                first ??= diagnostic;
                invalid++;
            }
            else if (diagnostic.Id == CoreDiagnostics.ManyInvalidBytes.Id)
            {
                many = diagnostic;
            }
        }

        if (first is null)
        {
            return;
        }

        // One line per file: the first bad sequence with its byte offset and position, and how many there are in all.
        var tail = many is not null ? $"; {many.Message}" : invalid > 1 ? $"; {invalid} such sequences in the file" : string.Empty;
        problems.Add(CliDiagnostics.Format(first with { Severity = DiagnosticSeverity.Error, Message = first.Message + tail }, text));
    }

    private static int FindNul(byte[] bytes)
    {
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeLength));
        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || probe.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return -1;
        }

        return probe.IndexOf((byte)0);
    }

    private static InputSource FileSource(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true), new FileInfo(path).Length);

    private static string Problem(DiagnosticDescriptor descriptor, string path, params object?[] args) =>
        CliDiagnostics.Format(Diagnostic.Create(descriptor, default, path, args), null);
}
