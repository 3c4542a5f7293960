namespace QiskitStudio.Quantum;
