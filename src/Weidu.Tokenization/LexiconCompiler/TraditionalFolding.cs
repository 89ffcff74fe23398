using System.Runtime.InteropServices;

/// <summary>
/// Derives the one-to-one traditional → simplified character folding from ICU's "Hant-Hans"
/// transliterator (ICU data, Unicode licence), called through the ICU library the operating system
/// ships (libicu on Linux, icu.dll on Windows, libicucore on macOS). Only characters that map to a
/// single character the lexicon knows far better are kept, so offsets never move. Without ICU the lexicon is
/// built without the folding, and the compiler says so.
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

    public static List<(char Traditional, char Simplified)> Build(Dictionary<char, long> charCounts)
    {
        var pairs = new List<(char, char)>();
        if (!TryLoad(out var open, out var transliterate, out var close))
        {
            Console.WriteLine("ICU was not found: the lexicon is built without traditional-character folding.");
            return pairs;
        }

        var status = 0;
        const string Id = "Hant-Hans";
        var handle = open(Id, Id.Length, TransForward, IntPtr.Zero, 0, IntPtr.Zero, ref status);
        if (status > 0 || handle == IntPtr.Zero)
        {
            Console.WriteLine($"ICU could not open {Id} (error {status}): the lexicon is built without traditional-character folding.");
            return pairs;
        }

        try
        {
            var buffer = new ushort[8];
            for (var c = '\u3400'; c <= '\u9FFF'; c++)
            {
                buffer[0] = c;
                var length = 1;
                var limit = 1;
                status = 0;
                transliterate(handle, buffer, ref length, buffer.Length, 0, ref limit, ref status);
                // A character simplified text uses as itself (乾 of 乾隆, not only 干's traditional form)
                // keeps its own entries: only characters rare in the lexicon are folded.
                var simplified = (char)buffer[0];
                var ownCount = charCounts.GetValueOrDefault(c);
                if (status <= 0 && length == 1 && simplified != c && ownCount < 20 && charCounts.GetValueOrDefault(simplified) > 10 * ownCount)
                {
                    pairs.Add((c, simplified));
                }
            }
        }
        finally
        {
            close(handle);
        }

        return pairs;
    }

    private static bool TryLoad(out OpenTransliterator open, out Transliterate transliterate, out CloseTransliterator close)
    {
        open = null!;
        transliterate = null!;
        close = null!;
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
                    return true;
                }
            }
        }

        return false;
    }
}
