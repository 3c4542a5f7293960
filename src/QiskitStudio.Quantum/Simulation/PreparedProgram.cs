using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>A step the simulator executes: a kernel gate, a measurement or a reset, maybe conditioned.</summary>
internal abstract record Step(ClbitCondition? Condition);

/// <summary>
/// A kernel gate. <paramref name="ActiveQubits"/>: 1 + the highest qubit any step so far has
/// touched; started from |0…0⟩, every qubit above is still |0⟩, so the gate need only pass over
/// the first 2^ActiveQubits amplitudes (a GHZ ladder costs about two passes, not n).
/// </summary>
internal sealed record GateStep(KernelGate Gate, int SourceGates, ClbitCondition? Condition, int ActiveQubits) : Step(Condition);

internal sealed record MeasureStep(int Qubit, int Clbit, ClbitCondition? Condition) : Step(Condition);

internal sealed record ResetStep(int Qubit, ClbitCondition? Condition) : Step(Condition);

/// <summary>
/// A program ready to execute: gates fused and classified into kernel gates, and the
/// decision made whether shots can be sampled from one final state.
/// </summary>
internal sealed class PreparedProgram
{
    private PreparedProgram(SimulationProgram source, List<Step> steps, List<(int Qubit, int Clbit)>? terminal)
    {
        Source = source;
        Steps = steps;
        TerminalMeasurements = terminal;
        int prefix = steps.FindIndex(s => s is not GateStep || s.Condition is not null);
        UnitaryPrefix = prefix < 0 ? steps.Count : prefix;
    }

    public SimulationProgram Source { get; }

    public int Qubits => Source.Qubits;

    public List<Step> Steps { get; }

    /// <summary>
    /// When every measurement is terminal (and nothing is conditioned or reset mid-way): the
    /// measurements, in order, taken out of <see cref="Steps"/>; shots are then sampled once
    /// from the final state. Null when each shot must be simulated on its own.
    /// </summary>
    public List<(int Qubit, int Clbit)>? TerminalMeasurements { get; }

    /// <summary>Number of leading steps that are unconditioned gates (simulated once, shared by every shot).</summary>
    public int UnitaryPrefix { get; }

    public int GateCount => Steps.OfType<GateStep>().Count();

    public static PreparedProgram Prepare(SimulationProgram program, SimulatorOptions options)
    {
        options.CheckQubits(program.Qubits);
        List<SimulationOp> ops = DropLeadingResets(program);
        List<(int, int)>? terminal = FindTerminalMeasurements(ops);
        if (terminal is not null)
        {
            ops = [.. ops.Where(op => op is not MeasureOp)];
        }

        bool fuse = options.Fusion && program.Qubits >= options.FusionMinQubits && options.MaxFusedQubits >= 2;
        var steps = new List<Step>();
        int active = 0;
        var run = new List<GateOp>();
        foreach (SimulationOp op in ops)
        {
            if (op is GateOp { Condition: null } unconditioned)
            {
                run.Add(unconditioned);
                continue;
            }

            Flush();
            switch (op)
            {
                case GateOp gate:
                    AddGate(gate.Qubits, gate.Matrix, 1, gate.Condition);
                    break;
                case MeasureOp measure:
                    active = Math.Max(active, measure.Qubit + 1);
                    steps.Add(new MeasureStep(measure.Qubit, measure.Clbit, measure.Condition));
                    break;
                case ResetOp reset:
                    active = Math.Max(active, reset.Qubit + 1);
                    steps.Add(new ResetStep(reset.Qubit, reset.Condition));
                    break;
            }
        }

        Flush();
        return new PreparedProgram(program, steps, terminal);

        void Flush()
        {
            if (run.Count == 0)
            {
                return;
            }

            if (fuse)
            {
                foreach (FusedGate block in GateFuser.Fuse(run, program.Qubits, Math.Min(options.MaxFusedQubits, 6)))
                {
                    AddGate(block.Qubits, block.Matrix, block.Sources.Count, null);
                }
            }
            else
            {
                foreach (GateOp gate in run)
                {
                    AddGate(gate.Qubits, gate.Matrix, 1, null);
                }
            }

            run.Clear();
        }

        void AddGate(IReadOnlyList<int> qubits, System.Numerics.Complex[] matrix, int sources, ClbitCondition? condition)
        {
            if (qubits.Count == 0)
            {
                return; // a global phase on no qubits: unobservable
            }

            KernelGate? gate = GateClassifier.Classify(qubits, matrix);
            if (gate is not null)
            {
                // A global phase is carried on qubit 0 and needs no more than what is active.
                active = Math.Max(active, Math.Max(gate.MaxQubit + 1, 1));
                steps.Add(new GateStep(gate, sources, condition, active));
            }
        }
    }

    /// <summary>A reset on a qubit nothing has touched yet leaves |0⟩ as it is.</summary>
    private static List<SimulationOp> DropLeadingResets(SimulationProgram program)
    {
        var touched = new bool[program.Qubits];
        var result = new List<SimulationOp>(program.Ops.Count);
        foreach (SimulationOp op in program.Ops)
        {
            switch (op)
            {
                case ResetOp { Condition: null } reset when !touched[reset.Qubit]:
                    continue;
                case ResetOp reset:
                    touched[reset.Qubit] = true;
                    break;
                case GateOp gate:
                    foreach (int q in gate.Qubits)
                    {
                        touched[q] = true;
                    }

                    break;
                case MeasureOp measure:
                    touched[measure.Qubit] = true;
                    break;
            }

            result.Add(op);
        }

        return result;
    }

    /// <summary>
    /// The measurements if all are terminal: nothing conditioned, no reset, and after a qubit
    /// is measured no gate touches it again. Otherwise null.
    /// </summary>
    private static List<(int, int)>? FindTerminalMeasurements(List<SimulationOp> ops)
    {
        var measured = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach (SimulationOp op in ops)
        {
            if (op.Condition is not null)
            {
                return null;
            }

            switch (op)
            {
                case ResetOp:
                    return null;
                case MeasureOp measure:
                    measured.Add(measure.Qubit);
                    result.Add((measure.Qubit, measure.Clbit));
                    break;
                case GateOp gate when gate.Qubits.Any(measured.Contains):
                    return null;
            }
        }

        return result;
    }
}
