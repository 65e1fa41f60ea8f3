// End to end, in real Chromium: the demo game as `vite build` ships it, served by `vite preview`. Production builds
// differ from the dev server (tests/e2e/demo.test.ts): the page gets only the stdlib parts the scripts use, the
// ComputeThread worker is a separate bundle built from the TypeScript sources, and hot reload is left out. This
// checks that such a build boots clean, generates the world in a worker and runs the game.
//
// Chromium is /usr/bin/chromium (installed by .ci/run); if it cannot start, these tests fail.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitFor } from './browser.js';

const ROOT = resolve(__dirname, '../..');

let outDir = '';
let preview: PreviewServer | null = null;
let browser: Browser | null = null;
let page: Page;
const consoleErrors: string[] = [];
/** Why the build, the server or the browser could not start: every test then fails with it (never skipped). */
let setupError: unknown = null;

beforeAll(async () => {
  try {
    outDir = mkdtempSync(join(tmpdir(), 'pkpy-demo-build-'));
    const vite = await import('vite');
    const config = { configFile: join(ROOT, 'demo-game/vite.config.ts'), configLoader: 'runner' as const, logLevel: 'warn' as const };
    await vite.build({ ...config, build: { outDir, emptyOutDir: true } });
    preview = await vite.preview({ ...config, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
      browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  } catch (e) {
    setupError = e;
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function check(name: string, fn: () => Promise<void>, timeoutMs?: number): void {
  it(name, async () => {
    if (setupError) throw setupError;
    await fn();
  }, timeoutMs);
}


describe('the demo game built by vite build, in Chromium', () => {
  check('ships a page bundle and a worker bundle without the embedded stdlib', async () => {
    const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const worker = assets.filter((f) => f.startsWith('worker'));
    expect(worker).toHaveLength(1);
    for (const f of assets) {
      const code = readFileSync(join(outDir, 'assets', f), 'utf8');
      expect(code).not.toContain('Concrete date/time and related types'); // datetime.py: the demo never imports it
    }
  });

  check('boots with no console errors, generates the world in a worker and runs the game', async () => {
    await page.goto(preview!.resolvedUrls!.local[0]);
    await waitFor('the demo to boot', () => page.evaluate(() => !!window.__pkpyDemo?.python), (v) => v);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    type Snapshot = { frame: number; phase: string; tiles: number; creatures: number; player: [number, number] | null };
    const snapshot = () => page.evaluate(() => window.__pkpyDemo!.snapshot()) as Promise<Snapshot>;
    const s = await waitFor('the world', snapshot, (v) => v.phase === 'ready', 30_000);
    expect(s.tiles).toBe(200 * 200);
    expect(s.creatures).toBeGreaterThan(50);
    expect(s.player).not.toBeNull();
    const later = await waitFor('more frames', snapshot, (v) => v.frame > s.frame + 10);
    expect(later.phase).toBe('ready');
    expect(await page.evaluate(() => window.__pkpyDemo!.errors.slice())).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
