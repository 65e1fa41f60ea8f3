// End to end, in real Chromium: the demo game (demo-game/ + scripts-py/) served by Vite with the phaser-pkpy plugin.
//
// One Vite dev server and one browser page for every check, in order: clean load, frames advancing while the world is
// generated in a worker, the world on screen, keyboard control, hot reload of main.py (no page reload, state kept),
// worker VMs picking up new worldgen.py code, a SyntaxError in Vite's overlay, a Python error in update().
//
// The scripts are copied to a scratch folder (the test edits them). Chromium is /usr/bin/chromium (installed by
// .ci/run); if it cannot start, these tests fail.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import type { ViteDevServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitFor } from './browser.js';

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, 'test-results');

type Snapshot = {
  frame: number;
  phase: string;
  progress: number;
  tiles: number;
  creatures: number;
  player: [number, number] | null;
  speed_setting: number;
  speed: number;
  moved: number;
  title: string;
  hud: string;
  clicks: number;
  seconds: number;
  pulsed: boolean;
};

let server: ViteDevServer | null = null;
let browser: Browser | null = null;
let page: Page;
let pyDir = '';
let url = '';
const consoleErrors: string[] = [];
const consoleAll: string[] = [];
let startupErrors: string[] = [];

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}


const snapshot = () => page.evaluate(() => window.__pkpyDemo!.snapshot()) as Promise<Snapshot>;
const loopFrame = () => page.evaluate(() => window.__pkpyDemo!.game.loop.frame);
const pythonErrors = () => page.evaluate(() => window.__pkpyDemo!.errors.slice());
const editPy = (name: string, edit: (src: string) => string) => {
  const file = join(pyDir, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
};

/** Why the server or the browser could not start: every test then fails with it (never skipped). */
let setupError: unknown = null;

beforeAll(async () => {
  try {
    await setup();
  } catch (e) {
    setupError = e;
  }
}, 120_000);

async function setup(): Promise<void> {
  pyDir = mkdtempSync(join(tmpdir(), 'pkpy-e2e-'));
  cpSync(join(ROOT, 'scripts-py'), pyDir, { recursive: true });
  process.env.PKPY_PY_ROOT = pyDir;
  const { createServer } = await import('vite');
  const port = await freePort();
  server = await createServer({
    configFile: join(ROOT, 'demo-game/vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'warn',
    // only the scratch .py folder matters here; edits to the TypeScript sources (by other work going on in the
    // checkout) must not reload the page mid-test
    server: { port, strictPort: true, host: '127.0.0.1', watch: { ignored: ['**/vm/**', '**/engine-bridge/**', '**/plugin/**', '**/tests/**'] } },
  });
  await server.listen();
  url = `http://127.0.0.1:${port}/`;

  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  page.on('console', (m) => {
    consoleAll.push(`${m.type()}: ${m.text()}`);
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('framenavigated', (f) => consoleAll.push(`navigated: ${f.url()}`));
  if (process.env.PKPY_E2E_DEBUG) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text().slice(0, 300)}`));
  // main-thread responsiveness probe: the longest gap between animation frames
  await page.addInitScript(() => {
    const w = window as unknown as { __maxGap: number; __rafTicks: number };
    w.__maxGap = 0;
    w.__rafTicks = 0;
    let last = performance.now();
    const tick = (t: number) => {
      w.__maxGap = Math.max(w.__maxGap, t - last);
      w.__rafTicks++;
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (pyDir) rmSync(pyDir, { recursive: true, force: true });
  delete process.env.PKPY_PY_ROOT;
});

/** A test that fails with the setup error when Vite or Chromium could not start. */
function check(name: string, fn: () => Promise<void>): void {
  it(name, async () => {
    if (setupError) throw setupError;
    await fn();
  });
}

describe('demo game in Chromium', () => {
  check('loads with no console errors, cross-origin isolated', async () => {
    await page.goto(url);
    await waitFor('the demo to boot', () => page.evaluate(() => !!window.__pkpyDemo?.python), (v) => v);
    await waitFor('the first Python frames', snapshot, (s) => s.frame > 3);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    startupErrors = consoleErrors.slice();
    expect(startupErrors).toEqual([]);
  });

  check('keeps animating while the world is generated in a worker (main thread not blocked)', async () => {
    const during: { frame: number; loop: number; progress: number; jobs: { vmIndex: number }[] }[] = [];
    const end = Date.now() + 20_000;
    for (;;) {
      const s = await snapshot();
      if (s.phase !== 'generating' || Date.now() > end) break;
      const loop = await loopFrame();
      const jobs = await page.evaluate(() => window.__pkpyDemo!.python.pendingJobs().map((j) => ({ vmIndex: j.vmIndex, name: j.name })));
      during.push({ frame: s.frame, loop, progress: s.progress, jobs });
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(during.length).toBeGreaterThan(2);
    const first = during[0];
    const last = during[during.length - 1];
    // frames kept coming while the world was being generated...
    expect(last.frame - first.frame).toBeGreaterThan(10);
    expect(last.loop - first.loop).toBeGreaterThan(10);
    // ...with progress reported along the way, by jobs on VM 1 (a worker), never by VM 0
    expect(last.progress).toBeGreaterThan(first.progress);
    expect(during.some((d) => d.jobs.some((j) => j.vmIndex === 1))).toBe(true);
    const gap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
    expect(gap).toBeLessThan(1000);
  });

  check('shows the generated world: a tilemap with creatures and the player', async () => {
    const s = await waitFor('the world', snapshot, (v) => v.phase === 'ready', 30_000);
    expect(s.tiles).toBe(200 * 200);
    expect(s.creatures).toBeGreaterThan(50);
    expect(s.player).not.toBeNull();
    expect(s.hud).toMatch(/creatures/);
    const scene = await page.evaluate(() => {
      const sc = window.__pkpyDemo!.game.scene.getScene('World')!;
      const types = sc.children.list.map((c) => c.type);
      return {
        tilemapLayers: types.filter((t) => t === 'TilemapLayer').length,
        images: types.filter((t) => t === 'Image').length,
        following: !!(sc.cameras.main as unknown as { _follow: unknown })._follow,
        // the plugin config maps the global plugin into every scene as this.python
        mapped: (sc as unknown as { python: unknown }).python === window.__pkpyDemo!.python,
      };
    });
    expect(scene.mapped).toBe(true);
    expect(scene.tilemapLayers).toBe(1);
    expect(scene.images).toBeGreaterThan(50);
    expect(scene.following).toBe(true);
    // Python callbacks called by Phaser: a timer event every second, a tween's onComplete; the data manager
    await waitFor('the timer and tween callbacks', snapshot, (v) => v.seconds >= 1 && v.pulsed);
    expect(await page.evaluate(() => window.__pkpyDemo!.game.scene.getScene('World')!.data.get('creatures'))).toBe(s.creatures);
    await page.waitForTimeout(300);
    mkdirSync(SHOTS, { recursive: true });
    const png = await page.screenshot({ path: join(SHOTS, 'demo-world.png') });
    expect(png.length).toBeGreaterThan(20_000); // a real picture, not a blank canvas
  });

  check('moves the player with the arrow keys', async () => {
    const before = await (async () => {
      await page.locator('canvas').click({ position: { x: 900, y: 500 } });
      return waitFor('the click handler', snapshot, (v) => v.clicks === 1);
    })();
    await page.locator('canvas').click({ position: { x: 100, y: 500 } });
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.down(key);
      await page.waitForTimeout(300);
      await page.keyboard.up(key);
    }
    const after = await snapshot();
    expect(after.speed).toBeCloseTo(before.speed_setting, 0);
    expect(after.moved).toBeGreaterThan(before.moved);
    expect(after.clicks).toBe(before.clicks + 1); // the pointerdown handler (a Python function) ran
    expect(before.clicks).toBe(1);
  });

  check('hot-reloads an edited main.py without reloading the page, keeping the game state', async () => {
    const loadId = await page.evaluate(() => window.__pageLoadId);
    const before = await snapshot();
    editPy('main.py', (s) => s.replace('PLAYER_SPEED = 180', 'PLAYER_SPEED = 420').replace('TITLE = "phaser-pkpy demo"', 'TITLE = "hot reloaded"'));
    const s = await waitFor('the new title', snapshot, (v) => v.title === 'hot reloaded' && v.hud.startsWith('hot reloaded'));
    expect(s.speed_setting).toBe(420);
    // behaviour: the update loop moves the player with the new speed
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(250);
    await page.keyboard.up('ArrowLeft');
    expect((await snapshot()).speed).toBeCloseTo(420, 0);
    // no page reload, same world, frame counter not reset
    expect(await page.evaluate(() => window.__pageLoadId)).toBe(loadId);
    expect(s.frame).toBeGreaterThan(before.frame);
    expect(s.creatures).toBe(before.creatures);
    expect(s.tiles).toBe(before.tiles);
    expect(s.phase).toBe('ready');
  });

  check('worker VMs run the new worldgen.py code from their next job', async () => {
    editPy('worldgen.py', (src) => `${src}\n\ndef version():\n    return "v2"\n`);
    // submit worldgen.version() on VM 1 until the hot update has reached the worker (before that: AttributeError)
    const result = await waitFor(
      'a job calling the new function',
      () =>
        page.evaluate(() => {
          const py = window.__pkpyDemo!.python;
          py.vm.exec(
            'import main, phaser\n' +
              'if "_probe" not in globals():\n    _probe = []\n' +
              'if _probe != ["v2"] and main.thread.is_done and phaser.pending_jobs() == 0:\n' +
              '    _probe.clear()\n' +
              '    phaser.submit(main.thread, "worldgen.version", on_done=_probe.append, on_error=_probe.append)\n',
          );
          return py.eval('_probe');
        }),
      (v) => Array.isArray(v) && v[0] === 'v2',
      15_000,
    );
    expect(result).toEqual(['v2']);
  });

  check('shows a SyntaxError in Vite\'s overlay with the file and line, and keeps running the old code', async () => {
    const good = readFileSync(join(pyDir, 'main.py'), 'utf8');
    const frame0 = await loopFrame();
    editPy('main.py', (s) => s.replace('def hud_text():', 'def hud_text(:'));
    const overlay = await waitFor(
      'the error overlay',
      () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? ''),
      (t) => t.includes('SyntaxError'),
    );
    const line = good.split('\n').findIndex((l) => l.startsWith('def hud_text():')) + 1;
    expect(overlay).toContain('main.py');
    expect(overlay).toContain(`:${line}:`);
    // the game keeps running the old code
    await page.waitForTimeout(500);
    expect(await loopFrame()).toBeGreaterThan(frame0 + 5);
    expect((await snapshot()).title).toBe('hot reloaded');
    // fixing the file applies the update and clears the overlay
    writeFileSync(join(pyDir, 'main.py'), good.replace('TITLE = "hot reloaded"', 'TITLE = "fixed"'));
    await waitFor('the fixed title', snapshot, (v) => v.title === 'fixed');
    await waitFor('the overlay to close', () => page.evaluate(() => document.querySelectorAll('vite-error-overlay').length), (n) => n === 0);
  });

  check('reports a Python error in update() with its traceback, once, and the game loop continues', async () => {
    const errorsBefore = (await pythonErrors()).length;
    const consoleBefore = consoleErrors.length;
    editPy('main.py', (s) => s.replace('    ui["hud"].setText(hud_text())\n', '    ui["hud"].setText(hud_text())\n    raise RuntimeError("injected failure")\n'));
    const errs = await waitFor('the Python error', pythonErrors, (e) => e.length > errorsBefore);
    const tb = errs[errorsBefore];
    expect(tb).toMatch(/^Traceback \(most recent call last\):/);
    expect(tb).toMatch(/main\.py", line \d+, in update/);
    expect(tb).toMatch(/RuntimeError: injected failure$/);
    expect(consoleErrors.slice(consoleBefore).join('\n')).toMatch(/injected failure/);
    // the loop goes on, and update() is called again every frame
    const a = { loop: await loopFrame(), py: (await snapshot()).frame };
    await page.waitForTimeout(1000);
    const b = { loop: await loopFrame(), py: (await snapshot()).frame };
    expect(b.loop - a.loop).toBeGreaterThan(5);
    expect(b.py - a.py).toBeGreaterThan(5);
    // collapsed: one report for all those frames
    expect((await pythonErrors()).length).toBe(errorsBefore + 1);
    expect(await page.evaluate(() => window.__pkpyDemo!.python.errors.total)).toBeGreaterThan(5);
    // removing the bug stops the errors
    editPy('main.py', (s) => s.replace('    raise RuntimeError("injected failure")\n', ''));
    await page.waitForTimeout(1500);
    const total = await page.evaluate(() => window.__pkpyDemo!.python.errors.total);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__pkpyDemo!.python.errors.total)).toBe(total);
  });

  check('synchronous ComputeThread calls and time.sleep block the main thread by spinning on Atomics', async () => {
    const run = (src: string) =>
      page.evaluate((s) => {
        const vm = (window as any).__pkpyDemo.python.vm;
        vm.exec(s, '<e2e>');
        return vm.toJs(vm.eval('_out', '<e2e>'));
      }, src);
    // start the worker without blocking, so the page's event loop can boot it
    await run('from pkpy import ComputeThread\n_t = ComputeThread(9)\n_t.submit_exec("base = 20")\n_out = 0');
    await waitFor('worker VM 9 to finish its first job', () => run('_out = _t.is_done'), (v) => v === true);
    // now exec/eval/wait_for_done and time.sleep block the main thread (Atomics.wait is forbidden there)
    const out = await run(
      'import time\n_t.exec("import time\\ntime.sleep(0.05)\\nbase += 1")\n' +
        't0 = time.perf_counter()\ntime.sleep(0.05)\n_slept = time.perf_counter() - t0\n' +
        '_out = [_t.eval("base * 2"), _slept >= 0.045, _t.last_error()]\n_t.close()',
    );
    expect(out).toEqual([42, true, null]);
  });

  check('never reloaded the page', async () => {
    expect(consoleAll.filter((l) => l.startsWith('navigated:'))).toHaveLength(1);
    expect(consoleAll.filter((l) => /page reload|full-reload/i.test(l))).toEqual([]);
    expect(startupErrors).toEqual([]);
  });
});
