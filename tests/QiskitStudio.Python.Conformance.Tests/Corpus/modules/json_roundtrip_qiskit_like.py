import json
result = {
    "job_id": "abc-123",
    "results": [
        {"shots": 1024, "counts": {"0x0": 510, "0x3": 514}, "success": True, "header": {"name": "bell"}},
        {"shots": 512, "counts": {}, "success": False, "status": "ERROR: circuit too deep"},
    ],
    "metadata": {"time_taken": 0.0123, "seed": None, "backend": "aer_simulator", "qubits": [0, 1]},
}
text = json.dumps(result, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == result, back["results"][0]["counts"]["0x3"], type(back["metadata"]["time_taken"]).__name__)
compact = json.dumps(result, separators=(",", ":"))
print(len(compact), compact[:60])
