using System.Diagnostics;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Time;

/// <summary>
/// Python's <c>time</c>: clocks, and a <c>sleep</c> that wakes in short slices to honour the run's
/// time limit and cancellation (a sleeping program is stopped like a busy one).
/// </summary>
public static class TimeModule
{
    private static readonly long StartTimestamp = Stopwatch.GetTimestamp();
    private const int SliceMilliseconds = 20;

    public static void Populate(PyModule m)
    {
        m.AddFunction("time", () => PyFloat.Create(UnixSeconds()));
        m.AddFunction("time_ns", () => PyInt.Create((DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100));
        m.AddFunction("perf_counter", () => PyFloat.Create(Elapsed()));
        m.AddFunction("perf_counter_ns", () => PyInt.Create((long)(Elapsed() * 1e9)));
        m.AddFunction("monotonic", () => PyFloat.Create(Elapsed()));
        m.AddFunction("monotonic_ns", () => PyInt.Create((long)(Elapsed() * 1e9)));
        m.AddFunction("process_time", () => PyFloat.Create(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        m.AddFunction("thread_time", () => PyFloat.Create(Elapsed()));
        m.AddFunction("sleep", seconds =>
        {
            double s = PyConvert.ToDouble(seconds);
            if (double.IsNaN(s)) throw PyExc.ValueError("Invalid value NaN (not a number)");
            if (s < 0) throw PyExc.ValueError("sleep length must be non-negative");
            Sleep(s);
            return PyNone.Instance;
        });
        m.AddFunction("ctime", (args, kw) =>
        {
            ArgReader.NoKeywords("ctime", kw);
            double t = args.Length > 0 && args[0] is not PyNone ? PyConvert.ToDouble(args[0]) : UnixSeconds();
            var d = DateTime.UnixEpoch.AddSeconds(System.Math.Floor(t));
            return PyStr.Create(d.ToString("ddd MMM ", System.Globalization.CultureInfo.InvariantCulture) +
                                d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(2) +
                                d.ToString(" HH:mm:ss yyyy", System.Globalization.CultureInfo.InvariantCulture));
        });
        m.Add("timezone", PyInt.Zero);
        m.Add("altzone", PyInt.Zero);
        m.Add("daylight", PyInt.Zero);
        m.Add("tzname", PyTuple.Create([PyStr.Create("UTC"), PyStr.Create("UTC")]));
    }

    private static double UnixSeconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;

    private static double Elapsed() => Stopwatch.GetElapsedTime(StartTimestamp).TotalSeconds;

    /// <summary>Sleeps in short slices, checking the run's limits between them.</summary>
    public static void Sleep(double seconds)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        while (true)
        {
            RunLimits.CheckNow();
            long remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            double ms = remaining * 1000.0 / Stopwatch.Frequency;
            Thread.Sleep(TimeSpan.FromMilliseconds(System.Math.Min(ms, SliceMilliseconds)));
        }
    }
}
