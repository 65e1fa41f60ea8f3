// `npm run bench`: runs bench/programs/*.py on this VM and on CPython (python3) side by side, checks that both
// printed the same result, prints a table (in-process times, start-up excluded; ratio vs CPython; geometric
// mean) and writes bench/results/latest.json. `--quick` runs each program once at a small scale.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VM } from '../dist/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const reps = quick ? 1 : 5;
const scale = 1;
const progDir = join(here, 'programs');
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

function runPkpy(file) {
  const src = readFileSync(join(progDir, file), 'utf8');
  let out = '';
  const vm = new VM({ stdout: (t) => (out += t) });
  vm.exec(src, file);
  const times = [];
  let result;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    result = vm.eval(`repr(main(${scale}))`);
    times.push(performance.now() - t);
  }
  return { result, times };
}

function runCPython() {
  const r = spawnSync('python3', [join(here, 'cpython_runner.py'), String(reps), String(scale), ...programs.map((p) => join(progDir, p))], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) {
    console.log(`CPython (python3) not available: ${r.error?.message ?? r.stderr}`);
    return null;
  }
  const raw = JSON.parse(r.stdout);
  const out = {};
  for (const p of programs) out[p] = raw[join(progDir, p)];
  return out;
}

const cpy = runCPython();
const rows = [];
let logSum = 0;
let logN = 0;
let mismatches = 0;
for (const p of programs) {
  let ours;
  try {
    ours = runPkpy(p);
  } catch (e) {
    ours = { result: `ERROR ${e?.args?.a?.[0] ?? e}`, times: [NaN] };
  }
  const ms = median(ours.times);
  const c = cpy?.[p];
  const cms = c ? median(c.times) : NaN;
  const same = c ? c.result === ours.result : null;
  if (same === false) mismatches++;
  const ratio = cms / ms;
  if (Number.isFinite(ratio)) {
    logSum += Math.log(ratio);
    logN++;
  }
  rows.push({ program: p, pkpy_ms: +ms.toFixed(2), cpython_ms: +cms.toFixed(2), speedup_vs_cpython: +ratio.toFixed(2), same_result: same, result: ours.result, cpython_result: c?.result });
}
const geomean = logN ? Math.exp(logSum / logN) : NaN;
console.log('program'.padEnd(20), 'pkpy ms'.padStart(10), 'cpython ms'.padStart(11), 'x faster'.padStart(9), ' same');
for (const r of rows)
  console.log(r.program.padEnd(20), String(r.pkpy_ms).padStart(10), String(r.cpython_ms).padStart(11), String(r.speedup_vs_cpython).padStart(9), ' ', r.same_result === null ? '?' : r.same_result ? 'yes' : 'NO');
console.log(`geometric mean speed-up vs CPython: ${geomean.toFixed(2)}x${quick ? ' (quick mode: single runs)' : ''}`);
if (mismatches) {
  for (const r of rows.filter((x) => x.same_result === false)) console.log(`MISMATCH ${r.program}: pkpy ${r.result} vs cpython ${r.cpython_result}`);
}
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), quick, geomean, rows }, null, 2));
process.exitCode = mismatches ? 1 : 0;
