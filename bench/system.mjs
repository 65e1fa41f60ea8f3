// System figures for `npm run bench`: VM creation time, memory per idle VM, ComputeThread round trip, pickle
// throughput, the Phaser plugin's per-tick cost with 1,000 Python-driven sprites, and the browser bundle size.
// Each function returns plain data; bench/run.mjs prints it next to its target and stores it in latest.json.
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { VM, MapModuleSource } from '../dist/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const sysDir = join(here, 'system');

function median(a) {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;

/** (a) Time to create a ready VM: `new VM()` after a first one (module-level set-up excluded), median of many. */
export function vmReady(quick) {
  new VM();
  const n = quick ? 30 : 300;
  const create = [];
  const firstExec = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    const vm = new VM();
    create.push(performance.now() - t);
    t = performance.now();
    vm.exec('x = 1');
    firstExec.push(performance.now() - t);
  }
  return { new_vm_ms: median(create), first_exec_ms: median(firstExec), samples: n };
}

/** (b) Heap per idle VM: heapUsed delta over `count` VMs kept alive (exact only with node --expose-gc). */
export function vmMemory(quick) {
  const count = quick ? 20 : 50;
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = [];
  for (let i = 0; i < count; i++) keep.push(new VM());
  gc?.();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  const perVm = (after - before) / keep.length;
  return { bytes_per_vm: Math.round(perVm), vms: keep.length, exact_gc: gc !== null };
}

/** (c) ComputeThread round trip (submit_call -> wait_for_done -> last_retval), measured by a script run by the CLI. */
export function roundTrip(quick) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'pkpy.mjs'), join(sysDir, 'roundtrip.py'), String(quick ? 200 : 2000)], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) return { error: (r.stderr || r.error?.message || 'failed').trim() };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** (d) pickle throughput both ways, on this VM (in-process) and on CPython for reference. */
export function pickleThroughput(quick, hasCPython) {
  const src = readFileSync(join(sysDir, 'pickle_throughput.py'), 'utf8');
  const rows = quick ? 300 : 1000;
  const reps = quick ? 3 : 7;
  const vm = new VM({ sources: new MapModuleSource({ pickle_throughput: src }) });
  vm.exec(`import json, pickle_throughput\n_r = json.dumps(pickle_throughput.bench(${rows}, ${reps}))`);
  const ours = JSON.parse(vm.toJs(vm.eval('_r')));
  let cpython = null;
  if (hasCPython) {
    const r = spawnSync('python3', [join(sysDir, 'pickle_throughput.py'), String(rows), String(reps)], { encoding: 'utf8' });
    if (r.status === 0) cpython = JSON.parse(r.stdout);
  }
  return { ...ours, cpython };
}

/**
 * (e) The Phaser plugin's per-tick cost with 1,000 Python-driven sprites, headless: the real PythonPlugin
 * (dist/plugin.mjs) with a fake game/scene (Phaser's plugin API is duck-typed), so each tick is the plugin's
 * prestep job poll + the scene's update() wrapper + the Python update() in sprites.py moving 1,000 plain JS
 * objects through JsObject proxies. No Phaser, no rendering.
 */
export async function pluginTick(quick) {
  const { PythonPlugin } = await import('../dist/plugin.mjs');
  const { default: EventEmitter } = await import('eventemitter3');
  const game = { events: new EventEmitter() };
  const plugin = new PythonPlugin({ game });
  plugin.init({ modules: { sprites: readFileSync(join(sysDir, 'sprites.py'), 'utf8') }, scenes: { Game: 'sprites' }, workers: 0, hotReload: false });
  plugin.start();
  const objs = [];
  const scene = {
    sys: { settings: { key: 'Game' }, events: new EventEmitter(), game },
    add: {
      image(x, y, key) {
        const o = { x, y, texture: key, visible: true };
        objs.push(o);
        return o;
      },
    },
  };
  plugin.bindScene(scene, 'sprites');
  let errors = 0;
  plugin.events.on('python-error', () => errors++);
  scene.create({});
  if (objs.length !== 1000) throw new Error(`plugin tick: create() made ${objs.length} sprites`);
  const step = (i) => {
    game.events.emit('prestep', i * 16.6, 16.6);
    scene.update(i * 16.6, 16.6);
  };
  for (let i = 0; i < (quick ? 100 : 300); i++) step(i); // warm-up (JIT)
  const n = quick ? 200 : 2000;
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    step(i);
    times.push(performance.now() - t);
  }
  if (errors) throw new Error('plugin tick: the Python update() raised');
  const moved = objs.filter((o) => o.y !== Math.trunc(o.y)).length;
  plugin.destroy();
  times.sort((a, b) => a - b);
  return { median_ms: median(times), p90_ms: times[Math.floor(n * 0.9)], ticks: n, sprites: objs.length, sprites_moved: moved };
}

/**
 * (f) Gzipped size of the browser bundle (VM + Phaser plugin, Phaser external), as `vite build` makes it with the
 * phaser-pkpy Vite plugin: Vite's own minifier, and the Python stdlib plus the optional TypeScript modules (re,
 * pickle, random, json, math, the `\N{...}` name table) shipped only when the game's scripts use them. Measured for
 * the core every game ships (scripts that import nothing), for the demo game's scripts, with everything, and the
 * cost each optional part adds on its own.
 */
export async function bundleSize() {
  const { build } = await import('vite');
  const { default: pkpy } = await import('../dist/vite.mjs');
  const scratch = mkdtempSync(join(tmpdir(), 'pkpy-bundle-'));
  const empty = join(scratch, 'empty');
  mkdirSync(empty);
  // a game's entry: the plugin and the module map (the game's .py sources, its stdlib closure, the worker's URL)
  const gameEntry = join(scratch, 'game.js');
  writeFileSync(gameEntry, [
    "import { modules, workerUrl } from 'virtual:pkpy-modules';",
    `export { pythonPlugins } from ${JSON.stringify(join(root, 'plugin/index.ts'))};`,
    'export { modules, workerUrl };',
  ].join('\n'));
  const gz = (code) => ({ raw_bytes: code.length, gzip_bytes: gzipSync(code, { level: 9 }).length });
  const size = async (pyRoot, stdlib = [], input = join(root, 'plugin/index.ts')) => {
    const r = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [pkpy({ pyRoot, stdlib })],
      build: {
        write: false,
        target: 'es2022',
        rolldownOptions: { input, external: ['phaser'], preserveEntrySignatures: 'strict' },
      },
    });
    const output = (Array.isArray(r) ? r[0] : r).output;
    const chunks = output.filter((o) => o.type === 'chunk');
    const worker = output.find((o) => o.type === 'asset' && /worker.*\.js$/.test(o.fileName));
    const main = gz(Buffer.concat(chunks.map((c) => Buffer.from(c.code))));
    return worker ? { ...main, worker: gz(Buffer.from(worker.source)) } : main;
  };
  try {
    const core = await size(empty);
    const out = {
      vm_plus_plugin: core,
      demo_game: await size(join(root, 'scripts-py')),
      // the demo as it ships: its Python sources in the page's bundle, and the ComputeThread worker's bundle
      demo_game_with_scripts: await size(join(root, 'scripts-py'), [], gameEntry),
      everything: await size(empty, ['json', 'math', 'random', 're', 'pickle', 'unicode-names']),
      part_gzip_bytes: {},
    };
    for (const part of ['json', 'math', 'random', 're', 'pickle', 'unicode-names'])
      out.part_gzip_bytes[part] = (await size(empty, [part])).gzip_bytes - core.gzip_bytes;
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
