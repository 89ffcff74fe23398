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

    private static readonly string[] TextExtensions = [".txt", ".md"];

    /// <summary>The bundled 2019 yearbook of 魏都区, embedded in the tool; UTF-8 whatever --encoding says.</summary>
    public static InputSource BundledYearbook { get; } = new(
        BundledYearbookName,
        () => typeof(InputReader).Assembly.GetManifestResourceStream(BundledYearbookResource)
            ?? throw new InvalidOperationException($"The resource {BundledYearbookResource} is missing from the build."),
        null);

    /// <summary>
    /// Resolves arguments to sources: a file, every .txt/.md file under a directory (sorted), or '-' for standard input;
    /// each is decoded with <paramref name="encoding"/>, or with the encoding detected when it is null.
    /// </summary>
    public static IReadOnlyList<InputSource> Resolve(IReadOnlyList<string> arguments, System.Text.Encoding? encoding, CliConsole console, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(problems);
        var sources = new List<InputSource>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                sources.Add(new InputSource(StandardInputName, console.OpenInput, encoding));
            }
            else if (Directory.Exists(argument))
            {
                var files = new List<string>();
                var reported = problems.Count;
                ListTextFiles(argument, files, problems);
                if (files.Count == 0 && problems.Count == reported)
                {
                    problems.Add(CliDiagnostics.Problem(CliDiagnostics.NoTextFiles, argument));
                }

                files.Sort(StringComparer.Ordinal);
                sources.AddRange(files.Select(f => ListedFileSource(f, encoding)));
            }
            else if (File.Exists(argument))
            {
                sources.Add(FileSource(argument, encoding));
            }
            else
            {
                problems.Add(CliDiagnostics.Problem(CliDiagnostics.FileNotFound, argument));
            }
        }

        return sources;
    }

    /// <summary>
    /// Resolves the one input of a command that reads a single file (or '-', standard input); a directory is a problem.
    /// </summary>
    public static InputSource? ResolveFile(string argument, System.Text.Encoding? encoding, CliConsole console, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(problems);
        if (Directory.Exists(argument))
        {
            problems.Add(CliDiagnostics.Problem(CliDiagnostics.NotAFile, argument));
            return null;
        }

        return Resolve([argument], encoding, console, problems).SingleOrDefault();
    }

    /// <summary>
    /// Lists the .txt and .md files under a directory. A subdirectory that cannot be listed is reported and the rest is
    /// still listed; a symbolic link to a directory is not followed (as grep -r and ripgrep do), so a link loop ends.
    /// </summary>
    private static void ListTextFiles(string directory, List<string> files, List<string> problems)
    {
        string[] entries;
        string[] subdirectories;
        try
        {
            entries = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(CliDiagnostics.Problem(CliDiagnostics.Unreadable, directory, e.Message));
            return;
        }

        files.AddRange(entries.Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)));
        foreach (var subdirectory in subdirectories)
        {
            if (new DirectoryInfo(subdirectory).LinkTarget is null)
            {
                ListTextFiles(subdirectory, files, problems);
            }
        }
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
            problems.Add(CliDiagnostics.Format(ReadFailure(source.Path, e)));
            return null;
        }

        var nul = InputEncoding.FindNul(bytes, source.Encoding);
        if (nul >= 0)
        {
            problems.Add(CliDiagnostics.Problem(CliDiagnostics.NotText, source.Path, nul));
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var text = SourceText.From(bytes, InputEncoding.ForInput(bytes, source.Encoding), diagnostics, source.Path);
        ReportInvalidBytes(diagnostics, text, problems);
        return new InputText(source.Path, text, bytes.LongLength);
    }

    private static void ReportInvalidBytes(DiagnosticBag diagnostics, SourceText text, List<string> problems)
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

        problems.Add(CliDiagnostics.InvalidBytes(first, text.Lines.GetLinePosition(first.Span.Start), invalid, many));
    }

    private static InputSource FileSource(string path, System.Text.Encoding? encoding) =>
        new(path, () => OpenFile(path), encoding);

    /// <summary>
    /// A file found by listing a directory. One whose length is 0 is read as empty without being opened: a named pipe,
    /// socket or device reports length 0, and opening a named pipe waits for a writer that may never come (.NET does
    /// not say which entries are pipes). An empty regular file reads the same either way. A file named on the command
    /// line is always opened, so a pipe given on purpose (<c>--input &lt;(command)</c>) is still read.
    /// </summary>
    private static InputSource ListedFileSource(string path, System.Text.Encoding? encoding) =>
        new(path, () => new FileInfo(path) is { Exists: true, Length: 0 } ? Stream.Null : OpenFile(path), encoding);

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true);

    /// <summary>
    /// What a failed open or read of an input is reported as: WD6001 when the file is gone (deleted after the directory
    /// was listed, or a dangling link), otherwise WD6004 with the operating system's reason.
    /// </summary>
    public static Diagnostic ReadFailure(string path, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is FileNotFoundException or DirectoryNotFoundException
            ? Diagnostic.Create(CliDiagnostics.FileNotFound, default, path)
            : Diagnostic.Create(CliDiagnostics.Unreadable, default, path, exception.Message);
    }

}
