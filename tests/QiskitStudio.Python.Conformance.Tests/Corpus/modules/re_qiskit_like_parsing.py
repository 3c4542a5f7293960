import re
qasm = """OPENQASM 2.0;
include "qelib1.inc";
qreg q[3];
creg c[3];
h q[0];
cx q[0],q[1];
rz(pi/4) q[2];
measure q[0] -> c[0];
"""
gate = re.compile(r"^(?P<name>[a-z]+)(?:\((?P<params>[^)]*)\))?\s+(?P<args>[^;]+);$", re.M)
for m in gate.finditer(qasm):
    if m["name"] in ("qreg", "creg", "include"):
        continue
    print(m["name"], m["params"], [a.strip() for a in re.split(r",|->", m["args"])])
print(re.findall(r"q\[(\d+)\]", qasm)[:5], re.search(r"OPENQASM (\d+\.\d+)", qasm).group(1))
print(re.sub(r"q\[(\d+)\]", lambda m: f"q{int(m[1]) + 10}", "cx q[0],q[1];"))
