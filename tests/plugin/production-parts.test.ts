// The Phaser plugin as production builds make it for games that never import pkpy: the Vite plugin answers
// plugin/threads-part.ts with `createPluginThreads = null` and plugin/reload-part.ts with `hotReload = null` (see
// tests/plugin/optional-modules.test.ts for the build itself). Scenes still run, ticks poll nothing, the ComputeThread
// entry points fail with clear Python errors, and hot reload is not offered.
import { describe, it, expect, vi } from 'vitest';
import EventEmitter from 'eventemitter3';

vi.mock('../../plugin/threads-part.js', () => ({ createPluginThreads: null }));
vi.mock('../../plugin/reload-part.js', () => ({ hotReload: null }));

const { PythonPlugin, PythonScenePlugin } = await import('../../plugin/index.js');

const MAIN = `
import phaser
log = []

def create(scene, data):
    log.append('create')

def update(scene, time, delta):
    log.append('update')
    if len(log) == 3:
        try:
            phaser.submit(None, 'worldgen.generate')
        except TypeError as e:
            log.append(str(e))
        log.append(phaser.pending_jobs())
`;

describe('the plugin without its ComputeThread part', () => {
  it('runs scenes, polls nothing and explains why submit() is unavailable', () => {
    const game = { events: new EventEmitter() };
    const py = new PythonPlugin({ game });
    py.init({ modules: { main: MAIN }, scenes: { Game: 'main' }, workerUrl: 'unused.js', stdout: () => undefined });
    py.start();
    expect(py.threads).toBeNull();
    const scene: any = { sys: { events: new EventEmitter(), settings: { key: 'Game' }, game } };
    new PythonScenePlugin(scene, { game }, 'pythonScene');
    scene.sys.events.emit('boot', scene.sys);
    scene.create({});
    for (let t = 16; t <= 48; t += 16) {
      game.events.emit('prestep', t, 16);
      scene.update(t, 16);
    }
    expect(py.ticks).toBe(3);
    expect(py.pendingJobs()).toEqual([]);
    const log = py.vm.toJs(py.vm.eval('__import__("main").log'));
    expect(log).toEqual([
      'create',
      'update',
      'update',
      'submit() is not available: no ComputeThread jobs here (the Phaser plugin runs them; a build without pkpy leaves them out)',
      0,
      'update',
    ]);
    py.destroy();
  });

  it('does not listen for hot updates and says why reload() is unavailable', () => {
    const game = { events: new EventEmitter() };
    const py = new PythonPlugin({ game });
    const listeners = ((globalThis as any).__PKPY_HMR__ ??= new Set()) as Set<unknown>;
    const before = listeners.size;
    py.init({ modules: { main: MAIN }, stdout: () => undefined });
    expect(listeners.size).toBe(before);
    expect(() => py.reload({ main: 'x = 1\n' })).toThrow(/production builds leave hot reload out/);
    py.destroy();
  });
});
