using System.Text.Json;

namespace Weidu.Cli.Tests;

/// <summary>
/// Runs <c>weidu analyze</c> once with no input (the bundled yearbook) and every format, for the tests that read
/// its outputs; the run takes seconds, so it is shared.
/// </summary>
public sealed class YearbookFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();

    internal CliRun Run { get; private set; } = null!;

    public string Output => _temp.File("out");

    public string File(string name) => Path.Combine(Output, name);

    public IReadOnlyList<JsonElement> ReadJsonLines(string name) =>
        System.IO.File.ReadAllLines(File(name)).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public async Task InitializeAsync() => Run = await CliRunner.RunAsync("analyze", "--out", Output);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();
}
