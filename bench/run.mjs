// `npm run bench`: runs bench/programs/*.py on this VM, on CPython (python3, when installed), on Pyodide and on
// MicroPython's WebAssembly port (both npm devDependencies, run in this Node process). Checks that every runtime
// printed the same result as CPython, prints a table (in-process times, start-up excluded; speed relative to
// CPython; geometric means), then the system figures (bench/system.mjs) next to their targets, and writes
// bench/results/latest.json.
//
//   --quick            each program once, system figures with few samples (what CI runs)
//   --no-pyodide       skip Pyodide (its load takes a few seconds)
//   --no-micropython   skip MicroPython
//
// The exit code is 1 only when this VM's result differs from CPython's (or errors), or a system figure could
// not be measured; timings never fail the run. Other runtimes' differences are reported, not failed.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VM } from '../dist/index.mjs';
import * as system from './system.mjs';
import { runPyodide, runMicroPython } from './wasm_runtimes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const reps = quick ? 1 : 5;
const scale = 1;
const progDir = join(here, 'programs');
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();
const started = performance.now();

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}
const log = (...a) => console.error(...a); // progress goes to stderr, results to stdout

// ---- this VM ----

function runPkpy(file) {
  const src = readFileSync(join(progDir, file), 'utf8');
  let out = '';
  const vm = new VM({ stdout: (t) => (out += t) });
  vm.exec(src, file);
  const times = [];
  let result;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    result = vm.eval(`main(${scale})`);
    times.push(performance.now() - t);
  }
  return { result: vm.toJs(vm.call(vm.eval('repr'), result)), times };
}

function runCPython() {
  const r = spawnSync('python3', [join(here, 'cpython_runner.py'), String(reps), String(scale), ...programs.map((p) => join(progDir, p))], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) return { error: `python3 not available: ${r.error?.message ?? r.stderr}` };
  const raw = JSON.parse(r.stdout);
  const v = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).stdout.trim();
  const results = {};
  for (const p of programs) results[p] = raw[join(progDir, p)];
  return { version: `CPython ${v}`, results };
}

log(`pkpy: ${programs.length} programs x ${reps}`);
const pkpy = { version: 'pkpy (this VM)', results: {} };
for (const p of programs) {
  try {
    pkpy.results[p] = runPkpy(p);
  } catch (e) {
    pkpy.results[p] = { error: String(e?.args?.a?.[0] ?? e?.message ?? e) };
  }
}

// ---- system figures (before the wasm runtimes load, so their memory does not blur the heap figure) ----

const figures = {};
let figureErrors = 0;
async function figure(name, f) {
  log(`system: ${name}`);
  try {
    figures[name] = await f();
    if (figures[name]?.error) figureErrors++;
  } catch (e) {
    figures[name] = { error: String(e?.stack ?? e) };
    figureErrors++;
  }
}

log('cpython');
const cpy = runCPython();
await figure('vm_ready', () => system.vmReady(quick));
await figure('vm_memory', () => system.vmMemory(quick));
await figure('compute_thread_round_trip', () => system.roundTrip(quick));
await figure('pickle_throughput', () => system.pickleThroughput(quick, !cpy.error));
await figure('plugin_tick_1000_sprites', () => system.pluginTick(quick));
await figure('bundle_gzip', () => system.bundleSize());

// ---- WebAssembly runtimes ----

let pyodide = { error: 'skipped (--no-pyodide)' };
if (!argv.includes('--no-pyodide')) {
  log('pyodide');
  try {
    pyodide = await runPyodide(progDir, programs, reps, scale);
  } catch (e) {
    pyodide = { error: String(e?.message ?? e) };
  }
}
let micropython = { error: 'skipped (--no-micropython)' };
if (!argv.includes('--no-micropython')) {
  log('micropython');
  try {
    micropython = await runMicroPython(progDir, programs, reps, scale);
  } catch (e) {
    micropython = { error: String(e?.message ?? e) };
  }
}

// ---- table ----

const runtimes = [
  { key: 'pkpy', label: 'pkpy', run: pkpy },
  { key: 'cpython', label: 'CPython', run: cpy },
  { key: 'pyodide', label: 'Pyodide', run: pyodide },
  { key: 'micropython', label: 'MicroPy', run: micropython },
];
const ref = cpy.error ? pkpy : cpy; // results are compared with CPython's (with this VM's when there is no python3)
const rows = [];
const logs = Object.fromEntries(runtimes.map((r) => [r.key, { sum: 0, n: 0 }]));
let pkpyFailures = 0;
for (const p of programs) {
  const row = { program: p.replace(/\.py$/, '') };
  const expected = ref.results?.[p];
  const cms = cpy.results?.[p]?.times ? median(cpy.results[p].times) : NaN;
  const diffs = [];
  for (const rt of runtimes) {
    const r = rt.run.results?.[p];
    const ms = r?.times ? median(r.times) : NaN;
    const x = cms / ms;
    row[`${rt.key}_ms`] = Number.isFinite(ms) ? +ms.toFixed(2) : null;
    if (rt.key !== 'cpython') row[`${rt.key}_vs_cpython`] = Number.isFinite(x) ? +x.toFixed(2) : null;
    if (Number.isFinite(x) && rt.key !== 'cpython') {
      logs[rt.key].sum += Math.log(x);
      logs[rt.key].n++;
    }
    row[`${rt.key}_result`] = r?.result ?? null;
    if (r?.error) row[`${rt.key}_error`] = r.error;
    if (rt.run !== ref && expected?.result !== undefined && r && (r.result !== undefined || rt.key === 'pkpy') && r.result !== expected.result) {
      diffs.push(rt.key);
      if (rt.key === 'pkpy') pkpyFailures++;
    }
  }
  row.same_result = diffs.length === 0;
  row.differs = diffs;
  rows.push(row);
}
const geomean = Object.fromEntries(
  runtimes.filter((r) => r.key !== 'cpython').map((r) => [r.key, logs[r.key].n ? { vs_cpython: +Math.exp(logs[r.key].sum / logs[r.key].n).toFixed(3), programs: logs[r.key].n } : null]),
);

const fmtMs = (v) => (v === null ? 'n/a' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const fmtX = (v) => (v === null ? 'n/a' : `${v.toFixed(2)}x`);
const cols = [
  ['program', 14, (r) => r.program],
  ['pkpy ms', 9, (r) => fmtMs(r.pkpy_ms)],
  ['CPython ms', 11, (r) => fmtMs(r.cpython_ms)],
  ['pkpy', 7, (r) => fmtX(r.pkpy_vs_cpython)],
  ['Pyodide ms', 11, (r) => fmtMs(r.pyodide_ms)],
  ['Pyodide', 8, (r) => fmtX(r.pyodide_vs_cpython)],
  ['MicroPy ms', 11, (r) => fmtMs(r.micropython_ms)],
  ['MicroPy', 8, (r) => fmtX(r.micropython_vs_cpython)],
  ['results', 0, (r) => (r.same_result ? 'same' : `DIFFER: ${r.differs.join(', ')}`)],
];
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(cols[i][1]) : i === cols.length - 1 ? ` ${c}` : String(c).padStart(cols[i][1]))).join(' ');
console.log(`\nPrograms: median of ${reps} in-process run${reps > 1 ? 's' : ''} at scale ${scale}, start-up excluded. "x" = speed relative to CPython (CPython ms / runtime ms; > 1 is faster).`);
for (const rt of runtimes) {
  const extra = rt.run.load_ms !== undefined ? `, load ${rt.run.load_ms.toFixed(0)} ms (excluded)` : '';
  console.log(`  ${rt.label.padEnd(8)} ${rt.run.error ? `n/a: ${rt.run.error.split('\n')[0]}` : `${rt.run.version}${extra}`}`);
}
console.log('');
console.log(line(cols.map((c) => c[0])));
for (const r of rows) console.log(line(cols.map((c) => c[2](r))));
const g = (k) => (geomean[k] ? `${geomean[k].vs_cpython.toFixed(2)}x` : 'n/a');
console.log(line(['geomean', '', '', g('pkpy'), '', g('pyodide'), '', g('micropython'), '']));
const na = rows.flatMap((r) => runtimes.filter((rt) => r[`${rt.key}_error`]).map((rt) => `  ${rt.label} n/a on ${r.program}: ${r[`${rt.key}_error`]}`));
if (na.length) console.log(na.join('\n'));
for (const r of rows.filter((x) => !x.same_result)) {
  console.log(`  results differ on ${r.program}: reference ${ref === cpy ? 'CPython' : 'pkpy'} ${r[`${ref === cpy ? 'cpython' : 'pkpy'}_result`]}`);
  for (const k of r.differs) console.log(`    ${k.padEnd(11)} ${r[`${k}_result`] ?? r[`${k}_error`]}`);
}
if (quick) console.log('(quick mode: single runs, noisy)');

// ---- system figures ----

const targets = {};
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const verdict = (met) => (met ? 'met' : 'NOT met');
function show(label, value, target) {
  console.log(`  ${label.padEnd(46)} ${value.padEnd(26)} ${target ?? ''}`);
}
console.log('\nSystem figures (this machine; target in the last column):');
const pk = geomean.pkpy?.vs_cpython;
if (pk !== undefined) {
  targets.geomean_faster_than_cpython = { target: '> 1.0x', value: pk, met: pk > 1 };
  show('geomean speed vs CPython', `${pk.toFixed(2)}x`, `target > 1.0x: ${verdict(pk > 1)}`);
}
const f = figures;
const err = (x) => `ERROR ${String(x.error).split('\n')[0]}`;
if (f.vm_ready.error) show('VM ready (new VM())', err(f.vm_ready));
else {
  const v = f.vm_ready.new_vm_ms;
  targets.vm_ready_ms = { target: '< 2 ms', value: +v.toFixed(3), met: v < 2 };
  show('VM ready (new VM(), median)', `${v.toFixed(3)} ms`, `target < 2 ms: ${verdict(v < 2)}`);
  show('  + first exec("x = 1")', `${f.vm_ready.first_exec_ms.toFixed(3)} ms`);
}
if (f.vm_memory.error) show('memory per idle VM', err(f.vm_memory));
else show(`memory per idle VM (heap, ${f.vm_memory.vms} VMs)`, kb(f.vm_memory.bytes_per_vm), f.vm_memory.exact_gc ? '' : '(no --expose-gc: approximate)');
if (f.compute_thread_round_trip.error) show('ComputeThread round trip', err(f.compute_thread_round_trip));
else {
  const v = f.compute_thread_round_trip.median_ms;
  targets.round_trip_ms = { target: '< 0.3 ms', value: +v.toFixed(3), met: v < 0.3 };
  show('ComputeThread submit_call round trip (median)', `${v.toFixed(3)} ms (p90 ${f.compute_thread_round_trip.p90_ms.toFixed(3)})`, `target < 0.3 ms: ${verdict(v < 0.3)}`);
}
if (f.pickle_throughput.error) show('pickle throughput', err(f.pickle_throughput));
else {
  const p = f.pickle_throughput;
  const c = p.cpython ? ` (CPython ${p.cpython.dumps_mb_s.toFixed(0)} / ${p.cpython.loads_mb_s.toFixed(0)})` : '';
  show(`pickle MB/s dumps / loads (${(p.bytes / 1e6).toFixed(1)} MB world)`, `${p.dumps_mb_s.toFixed(1)} / ${p.loads_mb_s.toFixed(1)}`, c.trim());
}
if (f.plugin_tick_1000_sprites.error) show('plugin tick, 1,000 sprites', err(f.plugin_tick_1000_sprites));
else {
  const t = f.plugin_tick_1000_sprites;
  show('plugin tick, 1,000 Python-moved sprites *', `${t.median_ms.toFixed(3)} ms (p90 ${t.p90_ms.toFixed(3)})`);
}
if (f.bundle_gzip.error) show('browser bundle (gzip)', err(f.bundle_gzip));
else {
  const b = f.bundle_gzip;
  const v = b.vm_plus_plugin.gzip_bytes / 1024;
  targets.bundle_gzip_kb = { target: '<= 120 KB', value: +v.toFixed(1), met: v <= 120 };
  show('browser bundle, core: VM + plugin (vite build, gzip)', `${kb(b.vm_plus_plugin.gzip_bytes)} (${kb(b.vm_plus_plugin.raw_bytes)} min)`, `target <= 120 KB: ${verdict(v <= 120)}`);
  show('  the demo game (math, random, pickle, pkpy)', `${kb(b.demo_game.gzip_bytes)} (${kb(b.demo_game.raw_bytes)} min)`);
  const d = b.demo_game_with_scripts;
  show('  ... with its .py sources; its worker', `${kb(d.gzip_bytes)}; worker ${d.worker ? kb(d.worker.gzip_bytes) : 'none'}`);
  show('  with every optional part', `${kb(b.everything.gzip_bytes)} (${kb(b.everything.raw_bytes)} min)`);
  show('  each optional part adds', Object.entries(b.part_gzip_bytes).map(([k, n]) => `${k} ${kb(n)}`).join(', '));
}
console.log('  * headless: the real PythonPlugin with a fake game/scene, no Phaser, no rendering: prestep job poll +');
console.log('    update() hook + Python update() writing x/y of 1,000 plain JS objects through JsObject proxies.');

const totalS = (performance.now() - started) / 1000;
console.log(`\nbench took ${totalS.toFixed(1)} s`);
if (pkpyFailures) console.log(`FAIL: pkpy's result differs from ${ref === cpy ? 'CPython' : 'the reference'} on ${pkpyFailures} program(s)`);
if (figureErrors) console.log(`FAIL: ${figureErrors} system figure(s) could not be measured`);

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      quick,
      reps,
      scale,
      node: process.version,
      runtimes: Object.fromEntries(runtimes.map((r) => [r.key, r.run.error ? { error: r.run.error } : { version: r.run.version, load_ms: r.run.load_ms }])),
      geomean,
      targets,
      rows,
      system: figures,
      seconds: +totalS.toFixed(1),
    },
    null,
    2,
  ),
);
process.exitCode = pkpyFailures || figureErrors ? 1 : 0;
