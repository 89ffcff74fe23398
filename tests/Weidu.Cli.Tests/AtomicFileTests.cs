using Weidu.Cli.Output;

namespace Weidu.Cli.Tests;

public class AtomicFileTests
{
    [Fact]
    public async Task An_interrupted_write_leaves_the_previous_file_whole_and_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("documents.jsonl", "previous run\n");

        await Assert.ThrowsAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                await stream.WriteAsync("half a rec"u8.ToArray(), ct);
                throw new OperationCanceledException();
            },
            CancellationToken.None));

        Assert.Equal("previous run\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task A_completed_write_replaces_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("entities.csv", "old");

        await AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync("new"u8.ToArray(), ct).AsTask(), CancellationToken.None);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }
}
