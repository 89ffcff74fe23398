using System.Text;
using Weidu.Fuzz;

namespace Weidu.Reliability.Tests;

/// <summary>
/// Replays every crash and hang the fuzzer kept (Regressions/&lt;target&gt;/, written by fuzz/run.sh), the
/// fuzzer's seeds, and every hostile shape through the harness's own checks.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Targets => [.. FuzzTargets.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_kept_fuzz_input_and_seed_passes_the_harness_checks(string target)
    {
        var inputs = new[] { "Regressions", "FuzzSeeds" }
            .Select(root => Path.Combine(AppContext.BaseDirectory, root, target))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .ToArray();

        Assert.NotEmpty(inputs);
        foreach (var input in inputs)
        {
            var exception = Record.Exception(() => FuzzTargets.Run(target, File.ReadAllBytes(input)));
            Assert.True(exception is null, $"{Path.GetFileName(input)}: {exception}");
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_hostile_shape_passes_the_harness_checks_in_every_encoding(string target)
    {
        foreach (var row in HostileText.Shapes)
        {
            var content = (string)row[1];
            foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode, Weidu.Core.TextDecoder.GB18030 })
            {
                byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(content)];
                var exception = Record.Exception(() => FuzzTargets.Run(target, bytes));
                Assert.True(exception is null, $"{row[0]} in {encoding.WebName}: {exception}");
            }
        }
    }

    [Fact]
    public void An_unknown_target_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => FuzzTargets.Run("nope", "x"u8));
    }
}
