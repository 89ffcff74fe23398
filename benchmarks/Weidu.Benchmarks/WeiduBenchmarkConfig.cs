using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Weidu.Benchmarks;

/// <summary>
/// The shared configuration: memory diagnoser, and a MB/s column computed from the UTF-8 size each
/// benchmark class declares through <see cref="IThroughputBenchmark"/>.
/// Pass <c>--job short</c> for a smoke run (BenchmarkDotNet's ShortRun: 3 warm-ups, 3 iterations).
/// </summary>
public static class WeiduBenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ThroughputColumn())
        .WithOptions(ConfigOptions.JoinSummary);
}

/// <summary>Implemented by benchmark classes whose operations each process a known amount of UTF-8 input.</summary>
public interface IThroughputBenchmark
{
    /// <summary>The UTF-8 size in bytes of the input one operation processes.</summary>
    long InputBytes { get; }
}

/// <summary>MB/s (10^6 bytes of UTF-8 input per second) of one benchmark case.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput in MB (10^6 bytes) of UTF-8 input per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
        {
            return "-";
        }

        var instance = Activator.CreateInstance(benchmarkCase.Descriptor.Type);
        if (instance is not IThroughputBenchmark throughput)
        {
            return "-";
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            benchmarkCase.Descriptor.Type.GetField(parameter.Name)?.SetValue(instance, parameter.Value);
        }

        var bytes = throughput.InputBytes;
        var seconds = stats.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
