using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Weidu.Tokenization.Lexicon;

/// <summary>
/// Asks Linux to back a large array with 2 MB pages. The trie is 13.6 MB and walks read it at
/// random: with 4 KB pages nearly every deep step also misses the TLB, and a page walk costs as much
/// as the cache miss itself; a few 2 MB pages cover the whole trie. Where transparent huge pages
/// are off (or on another system) nothing changes.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14;
    private const nint HugePageSize = 2 << 20;

    /// <summary>
    /// Advises huge pages for the whole 2 MB pages inside <paramref name="array"/>'s memory. Call it
    /// before the array is first written, so the pages are huge from their first fault on; the
    /// array must be pinned.
    /// </summary>
    public static unsafe void Advise<T>(T[] array)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || array.Length == 0)
        {
            return;
        }

        var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        var end = start + ((nint)array.Length * sizeof(T));
        var alignedStart = (start + HugePageSize - 1) & ~(HugePageSize - 1);
        var alignedEnd = end & ~(HugePageSize - 1);
        if (alignedEnd <= alignedStart)
        {
            return;
        }

        // Advice only: a kernel without transparent huge pages refuses it, a C library that cannot
        // be found leaves it unsaid, and either way the array works as before.
        try
        {
            _ = Madvise(alignedStart, (nuint)(alignedEnd - alignedStart), MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
