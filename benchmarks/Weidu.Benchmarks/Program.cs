using BenchmarkDotNet.Running;

namespace Weidu.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the suites named on the command line (BenchmarkDotNet's switcher: --filter, --job short, …).
    /// </summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, WeiduBenchmarkConfig.Create());
}
