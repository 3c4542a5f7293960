// Times the npm simulator "quantum-circuit" on circuits given as JSON:
//   node run-quantum-circuit.js circuit.json
// circuit.json: { "name", "qubits", "repetitions", "gates": [ { "name", "qubits": [..], "angle" } ] }
// Prints one line per repetition: {"name","qubits","ms"}; only run() is timed.
"use strict";
const fs = require("fs");
const QuantumCircuit = require("quantum-circuit");

const spec = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const paramName = { rx: "theta", ry: "theta", rz: "phi", cu1: "lambda" };

function build() {
  const circuit = new QuantumCircuit(spec.qubits);
  for (const gate of spec.gates) {
    const wires = gate.qubits.length === 1 ? gate.qubits[0] : gate.qubits;
    if (paramName[gate.name]) {
      circuit.appendGate(gate.name, wires, { params: { [paramName[gate.name]]: gate.angle } });
    } else {
      circuit.appendGate(gate.name, wires);
    }
  }
  return circuit;
}

for (let r = 0; r < spec.repetitions; r++) {
  const circuit = build();
  const start = process.hrtime.bigint();
  circuit.run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ name: spec.name, qubits: spec.qubits, ms }) + "\n");
}
