// Hot reload inside a running VM: classes and functions patched in place, state kept, constants updated, errors
// leave the old code running; the worker job runner applies reloads between jobs.
import { describe, it, expect } from 'vitest';
import { VM, MapModuleSource } from '../../vm/index.js';
import { reloadModule, trackModuleSnapshots, createReloadingRunner } from '../../engine-bridge/index.js';
import { pickleDumps, pickleLoads } from '../../vm/modules/pickle/index.js';
import { PyTuple, PyDict } from '../../vm/runtime/types.js';

const V1 = `
SPEED = 100
LABEL = "v1"
enemies = []
score = 0
thread = None

class Base:
    def hello(self):
        return "base"

class Player(Base):
    def __init__(self):
        self.x = 0
    def step(self):
        self.x += SPEED
        return self.x
    def hello(self):
        return "player:" + super().hello()

def label():
    return LABEL

def on_event():
    return "old handler"
`;

const V2 = V1.replace('SPEED = 100', 'SPEED = 5')
  .replace('LABEL = "v1"', 'LABEL = "v2"')
  .replace('return "player:" + super().hello()', 'return "PLAYER:" + super().hello()')
  .replace('"old handler"', '"new handler"')
  .replace('        return self.x\n', '        return self.x\n    def jump(self):\n        return "jump"\n');

function setup(modules: Record<string, string>) {
  let out = '';
  const vm = new VM({ sources: new MapModuleSource(modules), stdout: (t) => (out += t), stderr: (t) => (out += t) });
  trackModuleSnapshots(vm);
  return { vm, val: (e: string) => vm.toJs(vm.eval(e)), out: () => out };
}

describe('reloadModule', () => {
  it('patches classes and functions in place, keeps state, updates constants', () => {
    const { vm, val } = setup({ game: V1 });
    vm.exec(`
import game
p = game.Player()
p.step()
game.enemies.append("orc")
game.score = 42
handler = game.on_event
cls = game.Player
bound = p.hello
`);
    expect(val('p.x, game.label(), p.hello()')).toEqual([100, 'v1', 'player:base']);
    const r = reloadModule(vm, 'game', V2);
    expect(r.classes).toEqual(['Base', 'Player']);
    expect(r.functions).toEqual(expect.arrayContaining(['label', 'on_event']));
    expect(r.kept).toEqual(expect.arrayContaining(['enemies', 'score']));
    expect(r.updated).toEqual(expect.arrayContaining(['SPEED', 'LABEL']));
    // live instance: new methods, super() still works, old class identity kept
    expect(val('p.step(), p.jump(), p.hello()')).toEqual([105, 'jump', 'PLAYER:base']);
    expect(val('cls is game.Player and isinstance(p, game.Player) and isinstance(p, game.Base)')).toBe(true);
    // references taken before the reload run the new code
    expect(val('handler(), bound()')).toEqual(['new handler', 'PLAYER:base']);
    // state kept, constants updated
    expect(val('game.enemies, game.score, game.label()')).toEqual([['orc'], 42, 'v2']);
  });

  it('keeps the old code when the new source has a syntax or runtime error', () => {
    const { vm, val } = setup({ game: V1 });
    vm.exec('import game\np = game.Player()');
    let msg = '';
    try {
      reloadModule(vm, 'game', 'def broken(:\n    pass\n');
    } catch (e) {
      msg = vm.formatException(e);
    }
    expect(msg).toMatch(/SyntaxError/);
    expect(msg).toMatch(/game\.py/);
    try {
      reloadModule(vm, 'game', V2.replace('thread = None', 'thread = None\nundefined_name + 1'));
    } catch (e) {
      msg = vm.formatException(e);
    }
    expect(msg).toMatch(/NameError: name 'undefined_name' is not defined/);
    expect(val('game.label(), game.SPEED, p.step()')).toEqual(['v1', 100, 100]);
  });

  it('calls __reload__ after re-executing', () => {
    const { vm, val } = setup({ m: 'n = 1\n' });
    vm.exec('import m');
    reloadModule(vm, 'm', 'n = 2\nreloads = []\ndef __reload__():\n    reloads.append(n)\n');
    expect(val('m.reloads')).toEqual([2]);
  });
});

describe('worker job runner with hot reload', () => {
  it('runs jobs and uses new module code from the next job, keeping worker state', () => {
    const errors: string[] = [];
    const modules = { gen: 'calls = []\nFACTOR = 2\ndef make(n):\n    calls.append(n)\n    return [i * FACTOR for i in range(n)], len(calls)\n' };
    const runner = createReloadingRunner(1, { kind: 'map', modules }, { onReloadError: (m, tb) => errors.push(`${m}: ${tb}`) });
    const host = new VM();
    const payload = (...args: unknown[]) => pickleDumps(host, new PyTuple([new PyTuple(args.map((a) => host.toPy(a))), new PyDict()]));
    const call = (fn: string, ...args: unknown[]) => host.toJs(pickleLoads(host, runner.run('call', fn, payload(...args))!));
    expect(call('__import__("gen").make', 3)).toEqual([[0, 2, 4], 1]);
    runner.updateModuleSources!({ kind: 'map', modules: { gen: modules.gen.replace('FACTOR = 2', 'FACTOR = 10') } });
    expect(call('__import__("gen").make', 2)).toEqual([[0, 10], 2]);
    // a broken update is reported and ignored
    runner.updateModuleSources!({ kind: 'map', modules: { gen: 'def make(:\n' } });
    expect(errors[0]).toMatch(/^gen: .*SyntaxError/s);
    expect(call('__import__("gen").make', 1)).toEqual([[0], 3]);
    // the standard library written in Python still imports after an update
    expect(host.toJs(pickleLoads(host, runner.run('eval', '__import__("collections").Counter("aab")["a"]', null)!))).toBe(2);
  });
});
