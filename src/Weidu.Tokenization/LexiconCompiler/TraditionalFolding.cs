using System.Runtime.InteropServices;
using System.Text;

/// <summary>
/// The one-to-one traditional → simplified character folding. Its source is the table
/// <c>hant-hans.txt</c> beside this file, checked in: every character of U+3400–U+9FFF that ICU's
/// "Hant-Hans" transliterator (ICU data, Unicode licence) maps to one other character, made once by
/// <see cref="Export"/> (ICU 72). The build reads only the table, so every machine builds the same
/// lexicon whether or not it has ICU. Of its pairs, only characters that map to a character the
/// lexicon knows far better are kept, so offsets never move.
/// </summary>
internal static class TraditionalFolding
{
    private const int TransForward = 0;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenTransliterator([MarshalAs(UnmanagedType.LPWStr)] string id, int idLength, int direction, IntPtr rules, int rulesLength, IntPtr parseError, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void Transliterate(IntPtr transliterator, [In, Out] ushort[] text, ref int textLength, int capacity, int start, ref int limit, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseTransliterator(IntPtr transliterator);

    /// <summary>The folding pairs the lexicon keeps, from the table at <paramref name="tablePath"/>.</summary>
    public static List<(char Traditional, char Simplified)> Build(string tablePath, Dictionary<char, long> charCounts)
    {
        var pairs = new List<(char, char)>();
        foreach (var line in File.ReadLines(tablePath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Length != 3 || line[1] != '\t')
            {
                throw new InvalidDataException($"{tablePath}: expected 'traditional<TAB>simplified', found '{line}'.");
            }

            // A character simplified text uses as itself (乾 of 乾隆, not only 干's traditional form)
            // keeps its own entries: only characters rare in the lexicon are folded.
            var (traditional, simplified) = (line[0], line[2]);
            var ownCount = charCounts.GetValueOrDefault(traditional);
            if (ownCount < 20 && charCounts.GetValueOrDefault(simplified) > 10 * ownCount)
            {
                pairs.Add((traditional, simplified));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Writes the table from the ICU library of this machine (libicu on Linux, icu.dll on Windows,
    /// libicucore on macOS): run by hand to refresh <c>hant-hans.txt</c>, never by the build.
    /// </summary>
    public static int Export(string tablePath)
    {
        if (!TryLoad(out var open, out var transliterate, out var close, out var version))
        {
            Console.Error.WriteLine("ICU was not found: install libicu to export the Hant-Hans table.");
            return 1;
        }

        var status = 0;
        const string Id = "Hant-Hans";
        var handle = open(Id, Id.Length, TransForward, IntPtr.Zero, 0, IntPtr.Zero, ref status);
        if (status > 0 || handle == IntPtr.Zero)
        {
            Console.Error.WriteLine($"ICU could not open {Id} (error {status}).");
            return 1;
        }

        try
        {
            using var writer = new StreamWriter(tablePath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            writer.WriteLine($"# ICU {version} \"Hant-Hans\" transliteration, one character to one other, U+3400-U+9FFF.");
            writer.WriteLine("# ICU data: Copyright (c) Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).");
            writer.WriteLine("# Regenerate: dotnet Weidu.Tokenization.LexiconCompiler.dll --export-hant-hans hant-hans.txt");
            var buffer = new ushort[8];
            for (var c = '\u3400'; c <= '\u9FFF'; c++)
            {
                buffer[0] = c;
                var length = 1;
                var limit = 1;
                status = 0;
                transliterate(handle, buffer, ref length, buffer.Length, 0, ref limit, ref status);
                if (status <= 0 && length == 1 && buffer[0] != c)
                {
                    writer.WriteLine($"{c}\t{(char)buffer[0]}");
                }
            }
        }
        finally
        {
            close(handle);
        }

        return 0;
    }

    private static bool TryLoad(out OpenTransliterator open, out Transliterate transliterate, out CloseTransliterator close, out string version)
    {
        open = null!;
        transliterate = null!;
        close = null!;
        version = string.Empty;
        string[] libraries = ["libicui18n.so", "icu.dll", "icuin.dll", "/usr/lib/libicucore.dylib", .. Enumerable.Range(50, 40).Reverse().Select(v => $"libicui18n.so.{v}")];
        foreach (var name in libraries)
        {
            if (!NativeLibrary.TryLoad(name, out var library))
            {
                continue;
            }

            // ICU's C symbols carry the major version on most builds (utrans_openU_72), not on Windows' or Apple's.
            foreach (var suffix in Enumerable.Range(50, 40).Reverse().Select(v => $"_{v}").Prepend(string.Empty))
            {
                if (NativeLibrary.TryGetExport(library, "utrans_openU" + suffix, out var openExport) &&
                    NativeLibrary.TryGetExport(library, "utrans_transUChars" + suffix, out var transExport) &&
                    NativeLibrary.TryGetExport(library, "utrans_close" + suffix, out var closeExport))
                {
                    open = Marshal.GetDelegateForFunctionPointer<OpenTransliterator>(openExport);
                    transliterate = Marshal.GetDelegateForFunctionPointer<Transliterate>(transExport);
                    close = Marshal.GetDelegateForFunctionPointer<CloseTransliterator>(closeExport);
                    version = suffix.TrimStart('_');
                    return true;
                }
            }
        }

        return false;
    }
}
