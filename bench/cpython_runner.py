# Runs benchmark programs under CPython: imports each, times main() in-process (start-up excluded).
# bench/wasm_runtimes.mjs also loads this file into Pyodide and calls run() there, so both time the same way.
import importlib.util, json, sys, time

def run(path, reps, scale):
    spec = importlib.util.spec_from_file_location("bench_prog", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    times, result = [], None
    for _ in range(reps):
        t = time.perf_counter()
        result = mod.main(scale)
        times.append((time.perf_counter() - t) * 1000)
    return {"result": repr(result), "times": times}

if __name__ == "__main__":
    reps, scale, paths = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    print(json.dumps({p: run(p, reps, scale) for p in paths}))
