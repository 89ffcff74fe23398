using System.Text;

namespace Weidu.Benchmarks;

/// <summary>The benchmark inputs: the bundled yearbook, and larger corpora made of its copies.</summary>
public static class Corpus
{
    private static readonly Lazy<byte[]> YearbookBytes = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "data", "weidu-yearbook-2019.txt")));

    /// <summary>The yearbook's UTF-8 bytes.</summary>
    public static byte[] YearbookUtf8 => YearbookBytes.Value;

    /// <summary>The yearbook as a string.</summary>
    public static string Yearbook => Encoding.UTF8.GetString(YearbookUtf8);

    /// <summary>The yearbook repeated until the text holds at least <paramref name="megabytes"/> MB of UTF-8.</summary>
    public static string Repeated(int megabytes)
    {
        var builder = new StringBuilder();
        var target = megabytes * 1_000_000L;
        var bytes = 0L;
        while (bytes < target)
        {
            builder.Append(Yearbook).Append('\n');
            bytes += YearbookUtf8.Length + 1;
        }

        return builder.ToString();
    }
}
