using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Qasm;

namespace QiskitStudio.Quantum.Tests.Qasm;

public class Qasm2ImportTests
{
    [Fact]
    public void ReadsRegistersGatesAndMeasurements()
    {
        var qc = Qasm2Parser.Loads("""
            OPENQASM 2.0;
            include "qelib1.inc";
            qreg q[2];
            creg c[2];
            h q[0];
            cx q[0],q[1];
            rz(pi/2) q[1];
            barrier q;
            measure q -> c;
            """);
        Assert.Equal(2, qc.NumQubits);
        Assert.Equal(["h", "cx", "rz", "barrier", "measure", "measure"], qc.Data.Select(d => d.Name));
        Assert.Equal(Math.PI / 2, qc.Data[2].Operation.Params[0].Value, 12);
        Assert.Equal([1], qc.Data[5].Clbits);
    }

    [Fact]
    public void BroadcastsOverRegisters()
    {
        var qc = Qasm2Parser.Loads("""
            OPENQASM 2.0;
            include "qelib1.inc";
            qreg a[3];
            qreg b[3];
            h a;
            cx a, b;
            cx a[0], b;
            """);
        Assert.Equal(9, qc.Data.Count);
        Assert.Equal([2, 5], qc.Data[5].Qubits);
        Assert.Equal([0, 4], qc.Data[7].Qubits);
    }

    [Fact]
    public void ReadsCustomGatesWithParameters()
    {
        var qc = Qasm2Parser.Loads("""
            OPENQASM 2.0;
            include "qelib1.inc";
            gate rot(theta, phi) a, b { rx(theta) a; cx a, b; rz(phi/2 + theta) b; }
            qreg q[2];
            rot(0.2, -pi) q[1], q[0];
            """);
        var op = qc.Data[0].Operation;
        Assert.Equal("rot", op.Name);
        var reference = new QuantumCircuit(2).Rx(0.2, 1).Cx(1, 0).Rz(-Math.PI / 2 + 0.2, 0);
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(qc), CircuitOperator.ToMatrix(reference), 1e-12));
    }

    [Fact]
    public void ReadsConditions()
    {
        var qc = Qasm2Parser.Loads("""
            OPENQASM 2.0;
            include "qelib1.inc";
            qreg q[1];
            creg c[2];
            measure q[0] -> c[1];
            if(c==2) x q[0];
            """);
        var condition = qc.Data[1].Condition!;
        Assert.Equal(2UL, condition.Value);
        Assert.Equal([0, 1], condition.Clbits);
        Assert.Equal("c", condition.Register!.Name);
    }

    [Fact]
    public void EvaluatesExpressions()
    {
        var qc = Qasm2Parser.Loads("""
            OPENQASM 2.0;
            include "qelib1.inc";
            qreg q[1];
            u(2*pi/3, -pi^2, sin(pi/2) + ln(1) - sqrt(4)) q[0];
            U(1e-3, .5, 3) q[0];
            """);
        var p = qc.Data[0].Operation.Params.Select(v => v.Value).ToArray();
        Assert.Equal(2 * Math.PI / 3, p[0], 12);
        Assert.Equal(-Math.PI * Math.PI, p[1], 12);
        Assert.Equal(-1.0, p[2], 12);
        Assert.Equal(0.001, qc.Data[1].Operation.Params[0].Value, 15);
    }

    [Fact]
    public void RejectsUnknownGatesWithAPosition()
    {
        var e = Assert.Throws<QasmException>(() => Qasm2Parser.Loads("OPENQASM 2.0;\nqreg q[1];\nh q[0];"));
        Assert.Contains("3,1", e.Message);
        Assert.Throws<QasmException>(() => Qasm2Parser.Loads("OPENQASM 2.0; include \"qelib1.inc\"; qreg q[1]; h q[1];"));
    }

    [Theory]
    [InlineData("""
        OPENQASM 2.0;
        include "qelib1.inc";
        gate nG0(param0) q0 { h q0; }
        qreg q[3];
        creg c[3];
        nG0(pi) q[0];
        """)]
    [InlineData("""
        OPENQASM 2.0;
        include "qelib1.inc";
        gate nG0(param0,param1) q0,q1 { h q0; h q1; }
        qreg q[3];
        qreg r[3];
        creg c[3];
        creg d[3];
        nG0(pi,pi/2) q[0],r[0];
        """)]
    public void RoundTripsQiskitPrograms(string program)
    {
        // Programs from Qiskit's test/python/qasm2/test_export.py (test_composite_circuit_with_one_param and
        // test_composite_circuit_with_many_params_and_qubits): loading then dumping gives the same text.
        string source = program.Replace("\r\n", "\n").Trim();
        Assert.Equal(source, Qasm2Exporter.Dumps(Qasm2Parser.Loads(source)));
    }

    [Fact]
    public void ExportThenImportKeepsTheUnitary()
    {
        var qc = new QuantumCircuit(3);
        qc.H(0).Cx(0, 1).Rzz(0.3, 1, 2).Ecr(0, 2).Cs(1, 0).Ch(2, 1, ctrlState: 0).Rxx(0.7, 0, 1).SX(2).Cu(0.1, 0.2, 0.3, 0.4, 0, 2)
          .Ccz(0, 1, 2).XXPlusYY(0.5, 0.2, 1, 2).Dcx(0, 1).ISwap(1, 2);
        var loaded = Qasm2Parser.Loads(Qasm2Exporter.Dumps(qc));
        Assert.True(Matrix.EqualUpToGlobalPhase(CircuitOperator.ToMatrix(loaded), CircuitOperator.ToMatrix(qc), 1e-9));
    }
}

