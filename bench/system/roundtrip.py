# ComputeThread round trip: submit_call -> wait_for_done -> last_retval for a small payload, timed in VM 0.
# Prints one JSON line: {"median_ms": ..., "p90_ms": ..., "n": ...}.
import json, sys, time
from pkpy import ComputeThread

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    t = ComputeThread(1)
    t.exec("def echo(payload):\n    return payload\n")
    payload = {"x": 1, "y": 2.5, "name": "unit", "path": [1, 2, 3]}
    for _ in range(50):  # warm up: worker start, first import, JIT
        t.submit_call("echo", payload)
        t.wait_for_done()
        t.last_retval()
    times = []
    for _ in range(n):
        s = time.perf_counter()
        t.submit_call("echo", payload)
        t.wait_for_done()
        r = t.last_retval()
        times.append((time.perf_counter() - s) * 1000)
    assert r == payload, r
    err = t.last_error()
    assert err is None, err
    times.sort()
    print(json.dumps({"median_ms": times[len(times) // 2], "p90_ms": times[int(len(times) * 0.9)], "n": n}))
    t.close()

main()
