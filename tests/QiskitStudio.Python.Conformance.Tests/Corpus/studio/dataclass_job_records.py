from dataclasses import dataclass, field, asdict
import json
@dataclass
class JobRecord:
    job_id: str
    backend: str
    shots: int = 1000
    status: str = "QUEUED"
    tags: list = field(default_factory=list)
jobs = [JobRecord(f"job-{i:03d}", "sim", shots=100 * (i + 1)) for i in range(3)]
jobs[1].status = "DONE"
jobs[2].tags.append("priority")
for j in jobs:
    print(j)
print(json.dumps([asdict(j) for j in jobs if j.status == "QUEUED"]))
print(sum(j.shots for j in jobs))
