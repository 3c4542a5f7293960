using BenchmarkDotNet.Running;
using QiskitStudio.Quantum.Bench;

// dotnet run -c Release -- compare-js [--qubits 10,12,…] [--js-max-qubits 20] [--js-timeout 120]
//   times QFT, GHZ and random circuits here and in the npm simulator quantum-circuit.
// dotnet run -c Release -- profile [qubits] [qft|ghz|random]   prepare vs run, slowest steps.
// dotnet run -c Release -- quick [qubits]   a fast Stopwatch check of the BenchmarkDotNet ratios.
// dotnet run -c Release -- --filter '*GateThroughput*'   (any BenchmarkDotNet arguments)
if (args.Length > 0 && args[0] == "compare-js")
{
    return JsComparison.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return QftProfile.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "quick")
{
    return QuickRatios.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(JsComparison).Assembly).Run(args);
return 0;
