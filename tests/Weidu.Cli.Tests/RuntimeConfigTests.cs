using System.Text.Json;

namespace Weidu.Cli.Tests;

/// <summary>The runtime settings the built tool carries, read from the runtimeconfig it ships with.</summary>
public class RuntimeConfigTests
{
    // The project property that asks for the server collector is easy to misspell, and a misspelt MSBuild property is
    // silently ignored (the tool ran the workstation collector for a day so): the built file is the truth.
    [Fact]
    public void The_tool_runs_the_server_garbage_collector()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "weidu.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.Server", out var server), "weidu.runtimeconfig.json sets no System.GC.Server");
        Assert.True(server.GetBoolean());
    }
}
