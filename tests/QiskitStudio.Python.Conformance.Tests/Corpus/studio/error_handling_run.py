import json
def run_program(shots):
    if not isinstance(shots, int):
        raise TypeError(f"shots must be int, got {type(shots).__name__}")
    if shots <= 0:
        raise ValueError("shots must be positive")
    return {"shots": shots, "ok": True}
for arg in (10, 0, "many", 2.5):
    try:
        print(json.dumps(run_program(arg)))
    except (TypeError, ValueError) as e:
        print(json.dumps({"error": type(e).__name__, "message": str(e)}))
