// Pyodide and MicroPython (WebAssembly ports, from npm devDependencies) for `npm run bench`, run in this Node
// process. Start-up (loading the wasm) is timed separately and excluded from the program times.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEAP = +(process.env.MP_HEAP ?? 64 * 1024 * 1024);
const here = dirname(fileURLToPath(import.meta.url));

/** The first line of a Python error (the exception), for "n/a" notes. */
function short(e) {
  const msg = String(e?.message ?? e).trim().split('\n');
  return msg[msg.length - 1].slice(0, 120);
}

/**
 * Pyodide: loads once, writes the programs into its file system and times them with the CPython runner's run()
 * (importlib + time.perf_counter inside Python, like CPython). Returns { version, load_ms, results } or { error }.
 */
export async function runPyodide(progDir, programs, reps, scale) {
  let loadPyodide;
  try {
    ({ loadPyodide } = await import('pyodide'));
  } catch (e) {
    return { error: `pyodide not installed (${short(e)})` };
  }
  const t0 = performance.now();
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  const load_ms = performance.now() - t0;
  const version = py.runPython('import sys; sys.version.split()[0]');
  py.runPython(readFileSync(join(here, 'cpython_runner.py'), 'utf8').replace('if __name__ == "__main__":', 'if False:'));
  py.FS.mkdirTree('/bench');
  const results = {};
  for (const p of programs) {
    py.FS.writeFile(`/bench/${p}`, readFileSync(join(progDir, p), 'utf8'));
    try {
      results[p] = JSON.parse(py.runPython(`json.dumps(run('/bench/${p}', ${reps}, ${scale}))`));
    } catch (e) {
      results[p] = { error: short(e) };
    }
  }
  return { version: `Pyodide ${py.version} (Python ${version})`, load_ms, results };
}

/**
 * MicroPython (the PyScript WebAssembly variant): a fresh interpreter per program (loading is cheap), the program
 * executed in its __main__, then main(scale) timed from JS around runPython (the call's overhead is microseconds).
 * A program using something MicroPython lacks (pickle, ...) gets { error } and shows as n/a.
 */
export async function runMicroPython(progDir, programs, reps, scale) {
  let loadMicroPython;
  try {
    ({ loadMicroPython } = await import('@micropython/micropython-webassembly-pyscript/micropython.mjs'));
  } catch (e) {
    return { error: `@micropython/micropython-webassembly-pyscript not installed (${short(e)})` };
  }
  const results = {};
  let version = 'MicroPython';
  let load_ms = NaN;
  for (const p of programs) {
    const t0 = performance.now();
    const mp = await loadMicroPython({ heapsize: HEAP, stdout: () => {}, stderr: () => {} });
    if (Number.isNaN(load_ms)) {
      load_ms = performance.now() - t0;
      mp.runPython('import sys\n__v = ".".join(str(x) for x in sys.implementation.version[:3])');
      version = `MicroPython ${mp.globals.get('__v')}`;
    }
    try {
      mp.runPython(readFileSync(join(progDir, p), 'utf8'));
      const times = [];
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        mp.runPython(`__bench_result = main(${scale})`);
        times.push(performance.now() - t);
      }
      mp.runPython('__bench_repr = repr(__bench_result)');
      results[p] = { result: mp.globals.get('__bench_repr'), times };
    } catch (e) {
      results[p] = { error: short(e) };
    }
  }
  return { version, load_ms, results };
}
