// The Vite plugin (phaser-pkpy/vite) on a scratch project: module map, syntax errors with file and line, COOP/COEP
// headers, hot updates (and no update for broken code), and a production build with the .py sources and the worker.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import type { ViteDevServer } from 'vite';
import pkpy, { checkPythonSyntax, moduleNameOf } from '../../plugin/vite';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkpy-vite-'));
  mkdirSync(join(dir, 'py/pkg'), { recursive: true });
  writeFileSync(join(dir, 'py/main.py'), 'import pkg.util\nSPEED = 3\n');
  writeFileSync(join(dir, 'py/pkg/__init__.py'), '');
  writeFileSync(join(dir, 'py/pkg/util.py'), 'from heapq import heappush\nfrom pkpy import ComputeThread\n\ndef double(x):\n    return 2 * x\n');
  writeFileSync(join(dir, 'extra.py'), 'VALUE = 42\n');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(dir, 'main.js'),
    "import { modules, workerUrl } from 'virtual:pkpy-modules';\nimport extra, { name } from './extra.py';\nconsole.log(Object.keys(modules), workerUrl, name, extra);\n",
  );
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Python syntax checks', () => {
  it('finds the line and column of a SyntaxError and draws a code frame', () => {
    const p = checkPythonSyntax('x = 1\ndef f(:\n    pass\n', '/game/main.py')!;
    expect(p).toMatchObject({ message: 'SyntaxError: invalid syntax', file: '/game/main.py', line: 2, column: 7 });
    expect(p.frame).toContain('> 2 | def f(:');
    expect(checkPythonSyntax('if True:\n  x = 1\n   y = 2\n', 'a.py')!.message).toMatch(/IndentationError/);
    expect(checkPythonSyntax('x = [i for i in range(3)]\n', 'ok.py')).toBeNull();
  });

  it('names modules after their path under the Python root', () => {
    expect(moduleNameOf('/g/py', '/g/py/main.py')).toBe('main');
    expect(moduleNameOf('/g/py', '/g/py/pkg/util.py')).toBe('pkg.util');
    expect(moduleNameOf('/g/py', '/g/py/pkg/__init__.py')).toBe('pkg.__init__');
  });
});

describe('dev server', () => {
  let server: ViteDevServer;
  let port = 0;
  beforeAll(async () => {
    const { createServer } = await import('vite');
    server = await createServer({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [pkpy({ pyRoot: 'py' })],
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    port = (server.httpServer!.address() as { port: number }).port;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('serves the module map and the worker URL as virtual:pkpy-modules', async () => {
    const r = await server.transformRequest('virtual:pkpy-modules');
    expect(r!.code).toContain('"main":"import pkg.util\\nSPEED = 3\\n"');
    expect(r!.code).toContain('"pkg.util":');
    expect(r!.code).toContain('"pkg.__init__":""');
    expect(r!.code).toMatch(/import workerUrl from ".*plugin\/worker\.ts\?worker&url"/);
    expect(r!.code).toContain('import.meta.hot.accept');
  });

  it('turns a .py import into its source', async () => {
    const r = await server.transformRequest('/extra.py');
    expect(r!.code).toContain('export const source = "VALUE = 42\\n"');
    expect(r!.code).toContain('export const name = "extra"');
  });

  it('sends COOP/COEP headers', async () => {
    const headers = await new Promise<Record<string, unknown>>((res, rej) => {
      request({ host: '127.0.0.1', port, path: '/' }, (resp) => {
        resp.resume();
        res(resp.headers);
      })
        .on('error', rej)
        .end();
    });
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  });

  it('on save: updates the module map, or reports a SyntaxError with file and line and sends no update', async () => {
    await server.transformRequest('virtual:pkpy-modules');
    const plugin = server.config.plugins.find((p) => p.name === 'phaser-pkpy')!;
    const hook = plugin.handleHotUpdate as (ctx: unknown) => Promise<unknown[] | undefined>;
    const sent: unknown[] = [];
    const ws = { send: (...a: unknown[]) => sent.push(a) };
    const file = join(dir, 'py/main.py');
    const ctx = (source: string) => ({ file, read: async () => source, modules: [], server: { ...server, ws, config: server.config, moduleGraph: server.moduleGraph } });
    const ok = await hook.call({}, ctx('SPEED = 4\n'));
    expect((ok as { id: string }[]).map((m) => m.id)).toEqual(['\0virtual:pkpy-modules']);
    const logged: string[] = [];
    const errorLog = server.config.logger.error;
    server.config.logger.error = (m: string) => void logged.push(m);
    try {
      const bad = await hook.call({}, ctx('SPEED = (4\n'));
      expect(bad).toEqual([]);
    } finally {
      server.config.logger.error = errorLog;
    }
    expect(sent).toHaveLength(1);
    const [event, payload] = sent[0] as [string, { message: string; loc: { file: string; line: number } }];
    expect(event).toBe('pkpy:error');
    expect(payload.message).toMatch(/SyntaxError/);
    expect(payload.loc).toMatchObject({ file, line: 1 });
    expect(logged[0]).toMatch(/main\.py:1/);
  });
});

describe('production build', () => {
  it('bundles the .py sources and the ComputeThread worker', async () => {
    const { build } = await import('vite');
    const outDir = join(dir, 'dist');
    await build({ configFile: false, root: dir, logLevel: 'silent', plugins: [pkpy({ pyRoot: 'py' })], build: { outDir, minify: false } });
    const assets = readdirSync(join(outDir, 'assets'));
    const worker = assets.find((f) => f.startsWith('worker'));
    const main = assets.find((f) => f.startsWith('index') && f.endsWith('.js'))!;
    expect(worker).toBeDefined();
    const code = readFileSync(join(outDir, 'assets', main), 'utf8');
    expect(code).toContain('def double(x):');
    expect(code).toContain('VALUE = 42');
    // only the stdlib modules the scripts import are shipped, not the whole embedded library
    expect(code).toContain('"heapq":');
    expect(code).not.toContain('"datetime":');
    expect(code).not.toContain('according to PEP 3119');
    expect(code).toContain(worker!);
    // the worker is an ES module bundle with the VM in it
    expect(readFileSync(join(outDir, 'assets', worker!), 'utf8')).toMatch(/ComputeThread/);
  }, 60_000);
});
