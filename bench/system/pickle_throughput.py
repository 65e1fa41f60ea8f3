# pickle throughput both ways on a world-sized structure (what crosses between VMs). Runs on this VM (in-process,
# from bench/system.mjs) and on CPython for reference. Prints one JSON line.
import json, pickle, sys, time

def world(n):
    return {
        "name": "world",
        "tiles": [[(x * 31 + y * 17) % 7 for x in range(200)] for y in range(n)],
        "units": [{"id": i, "kind": "wolf" if i % 3 else "bear", "x": i * 1.5, "y": i * 0.25, "hp": 100 - i % 50,
                   "alive": i % 5 != 0, "path": [(i, i + 1), (i + 2, i + 3)]} for i in range(n * 20)],
        "names": ["name%d" % i for i in range(n * 10)],
    }

def bench(rows, reps):
    w = world(rows)
    data = pickle.dumps(w)
    assert pickle.loads(data) == w
    dumps, loads = [], []
    for _ in range(reps):
        t = time.perf_counter()
        data = pickle.dumps(w)
        dumps.append(time.perf_counter() - t)
        t = time.perf_counter()
        back = pickle.loads(data)
        loads.append(time.perf_counter() - t)
    dumps.sort()
    loads.sort()
    mb = len(data) / 1e6
    return {"bytes": len(data), "dumps_mb_s": mb / dumps[len(dumps) // 2], "loads_mb_s": mb / loads[len(loads) // 2]}

if __name__ == "__main__":
    print(json.dumps(bench(int(sys.argv[1]), int(sys.argv[2]))))
