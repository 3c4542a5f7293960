using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// time / (gate count × baseline time): with one memory pass as the baseline, how many passes
/// over the state each gate of the circuit cost, on average. Measured in the same run as the pass.
/// </summary>
public sealed class PerGatePassColumn(Func<BenchmarkCase, int> gateCount) : IColumn
{
    public string Id => nameof(PerGatePassColumn);

    public string ColumnName => "time/(gates×pass)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean divided by (gate count × mean of the baseline memory pass)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? pass = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        if (mean is null || pass is null || baseline == benchmarkCase)
        {
            return "-";
        }

        return (mean.Value / (gateCount(benchmarkCase) * pass.Value)).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
