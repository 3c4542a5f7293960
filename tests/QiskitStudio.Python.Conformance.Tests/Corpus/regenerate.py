#!/usr/bin/env python3
"""Regenerates the expected outputs of the conformance corpus with the local CPython.

Every program `<group>/<name>.py` (except those under `sandbox/`, whose expectations are
written by hand) is run with this interpreter; its exact stdout is stored in `<name>.out`
and, when it ends with an uncaught exception, the final traceback line
(`TypeName: message`) in `<name>.err`. Run it from anywhere: `python3 regenerate.py`.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HAND_WRITTEN = {"sandbox"}


def final_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run(path: str, workdir: str) -> tuple[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-I", "-S", path],
        cwd=workdir, env=env, stdin=subprocess.DEVNULL,
        capture_output=True, timeout=30,
    )
    stdout = proc.stdout.decode("utf-8")
    error = final_line(proc.stderr.decode("utf-8")) if proc.returncode != 0 else ""
    return stdout, error


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected CPython 3.11, this is {sys.version.split()[0]}", file=sys.stderr)
    count = failures = 0
    with tempfile.TemporaryDirectory() as workdir:
        for group in sorted(os.listdir(HERE)):
            folder = os.path.join(HERE, group)
            if not os.path.isdir(folder) or group in HAND_WRITTEN or group.startswith("."):
                continue
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".py"):
                    continue
                source = os.path.join(folder, name)
                stem = source[:-3]
                stdout, error = run(source, workdir)
                write(stem + ".out", stdout)
                if error:
                    write(stem + ".err", error + "\n")
                    failures += 1
                elif os.path.exists(stem + ".err"):
                    os.remove(stem + ".err")
                count += 1
    print(f"{count} programs regenerated ({failures} end in an exception)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
