namespace Weidu.Cli.Output;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place only when it is complete, so an
/// interrupted run never leaves a half-written file under the real name.
/// </summary>
internal static class AtomicFile
{
    /// <summary>A temporary path in the same directory (so the final rename is atomic on one file system).</summary>
    public static string TemporaryPathFor(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Writes through <paramref name="write"/> to a temporary file, then renames it to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await CommitAsync(path, async temporary =>
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Lets <paramref name="create"/> build the file at a temporary path (for writers that open files themselves,
    /// such as SQLite), then renames it to <paramref name="path"/>; on failure the temporary file is deleted.
    /// </summary>
    public static async Task CommitAsync(string path, Func<string, Task> create)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(create);
        var temporary = TemporaryPathFor(path);
        try
        {
            await create(temporary).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure is what the user needs to see; a leftover .tmp file is harmless and clearly named.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
