namespace QiskitStudio.Quantum.Gates;

/// <summary>The gates of Qiskit's standard gate library.</summary>
public enum StandardGateKind
{
    I, H, X, Y, Z, S, Sdg, T, Tdg, SX, SXdg,
    P, RX, RY, RZ, R, U, U1, U2, U3,
    RXX, RYY, RZZ, RZX, XXPlusYY, XXMinusYY, ECR, Swap, ISwap, DCX,
    CX, CY, CZ, CH, CS, CSdg, CSX, CP, CRX, CRY, CRZ, CU, CU1, CU3,
    CCX, CCZ, CSwap, RCCX, RC3X, C3X, C3SX, C4X,
    /// <summary>Multi-controlled X with any number of controls.</summary>
    MCX,
    /// <summary>Multi-controlled phase with any number of controls.</summary>
    MCPhase,
}
