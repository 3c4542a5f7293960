# Started by CPythonEngine as `python3 -I -c <this file> <settings json>`; the program arrives on stdin.
# Locks the process down (rlimits, unprivileged user) before the user's code exists in it,
# runs the code as __main__, and reports an uncaught exception on stderr behind a nonce line.
import json
import os
import resource
import stat
import sys
import traceback

settings = json.loads(sys.argv[1])
sys.argv = [""]


def set_limit(kind, value):
    try:
        resource.setrlimit(kind, (value, value))
    except (ValueError, OSError):
        pass


set_limit(resource.RLIMIT_CORE, 0)
set_limit(resource.RLIMIT_CPU, settings["cpu_seconds"])
set_limit(resource.RLIMIT_AS, settings["memory_bytes"])
set_limit(resource.RLIMIT_FSIZE, settings["file_bytes"])

source = sys.stdin.read()
sys.stdin.close()



def reachable_by_anyone(path):
    # True when every folder from the root down to path can be entered by other users.
    path = os.path.abspath(path)
    while True:
        try:
            if not os.stat(path).st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
        parent = os.path.dirname(path)
        if parent == path:
            return True
        path = parent


# Give up root only when the interpreter's own files stay readable afterwards
# (an interpreter installed under /root, for example, would no longer find its modules).
interpreter_paths = [sys.prefix] + [entry for entry in sys.path if entry and os.path.isdir(entry)]
if os.geteuid() == 0 and settings.get("uid") is not None and all(map(reachable_by_anyone, interpreter_paths)):
    os.setgroups([])
    os.setgid(settings["gid"])
    os.setuid(settings["uid"])
set_limit(resource.RLIMIT_NPROC, settings["max_processes"])

nonce = settings["nonce"]
del settings
program_globals = {"__name__": "__main__", "__builtins__": __builtins__}

try:
    exec(compile(source, "<string>", "exec"), program_globals)
except SystemExit as stop:
    if stop.code not in (None, 0):
        sys.stdout.flush()
        print(f"{nonce}{json.dumps({'type': 'SystemExit', 'message': str(stop.code), 'traceback': None})}", file=sys.stderr)
except BaseException as error:
    sys.stdout.flush()
    # Drop this file's own frame so the traceback starts in the user's code.
    frames = traceback.format_exception(type(error), error, error.__traceback__.tb_next)
    report = {"type": type(error).__name__, "message": str(error), "traceback": "".join(frames)}
    print(f"{nonce}{json.dumps(report)}", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
