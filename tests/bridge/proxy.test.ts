// The engine bridge without Phaser: JS objects seen from Python (JsObject), conversions both ways, Python callables
// as JS callbacks, the `phaser` module helpers.
import { describe, it, expect } from 'vitest';
import { VM, MapModuleSource } from '../../vm/index.js';
import { Bridge, PyJsProxy, phaserModule, isConstructor, snakeToCamel } from '../../engine-bridge/index.js';

function setup(extra: Record<string, unknown> = {}, Phaser?: unknown) {
  let out = '';
  const vm = new VM({ sources: new MapModuleSource({}), stdout: (t) => (out += t), stderr: (t) => (out += t) });
  const errors: string[] = [];
  const bridge = new Bridge(vm, { onCallbackError: (e, where) => errors.push(`${where}: ${vm.formatException(e)}`) });
  vm.defineModule(phaserModule({ bridge, extra, Phaser }));
  vm.exec('import phaser');
  const run = (src: string) => vm.exec(src);
  const val = (expr: string) => vm.toJs(vm.eval(expr));
  /** The formatted Python exception `expr` raises. */
  const raises = (expr: string): string => {
    try {
      vm.eval(expr);
    } catch (e) {
      return vm.formatException(e);
    }
    return '(no exception)';
  };
  return { vm, bridge, run, val, raises, errors, out: () => out };
}

class Vec {
  constructor(
    public x = 0,
    public y = 0,
  ) {}
  length(): number {
    return Math.hypot(this.x, this.y);
  }
  setTo(x: number, y: number): this {
    this.x = x;
    this.y = y;
    return this;
  }
}

describe('JsObject proxies', () => {
  it('reads and writes attributes of live JS objects', () => {
    const sprite = { x: 10, y: 20.5, name: 'hero', visible: true, body: null, tint: undefined };
    const { run, val } = setup({ sprite });
    expect(val('phaser.sprite.x')).toBe(10);
    expect(val('type(phaser.sprite.y).__name__')).toBe('float');
    expect(val('phaser.sprite.name + "!"')).toBe('hero!');
    expect(val('phaser.sprite.visible')).toBe(true);
    expect(val('phaser.sprite.body is None and phaser.sprite.tint is None')).toBe(true);
    run('s = phaser.sprite\nfor i in range(5):\n    s.x += 1\ns.y = s.y * 2\ns.name = "zed"');
    expect(sprite).toMatchObject({ x: 15, y: 41, name: 'zed' });
  });

  it('raises AttributeError for missing names and supports getattr/hasattr defaults', () => {
    const { val, raises } = setup({ o: { a: 1 } });
    expect(val('hasattr(phaser.o, "a"), hasattr(phaser.o, "nope"), getattr(phaser.o, "nope", 7)')).toEqual([true, false, 7]);
    expect(raises('phaser.o.nope')).toMatch(/AttributeError: 'JsObject' object has no attribute 'nope'/);
  });

  it('calls methods with `this` bound and converts arguments and results', () => {
    const v = new Vec(3, 4);
    const { run, val } = setup({ v });
    expect(val('phaser.v.length()')).toBe(5);
    expect(val('phaser.v.setTo(6, 8) is phaser.v')).toBe(true);
    expect(v.x).toBe(6);
    run('m = phaser.v.setTo\nm(1, 1)');
    expect(v.y).toBe(1);
  });

  it('gives one proxy per JS object (identity, dict keys)', () => {
    const a = { n: 1 };
    const { val } = setup({ a, holder: { a, list: [a, a] } });
    expect(val('phaser.a is phaser.holder.a')).toBe(true);
    expect(val('phaser.holder.list[0] is phaser.holder.list[1]')).toBe(true);
    expect(val('len({phaser.a: 1, phaser.holder.a: 2})')).toBe(1);
    expect(val('phaser.a == phaser.holder.a and phaser.a != phaser.holder')).toBe(true);
  });

  it('constructs JS classes when called, and phaser.new does explicitly', () => {
    const { val } = setup({ NS: { Vec } });
    expect(val('phaser.NS.Vec(3, 4).length()')).toBe(5);
    expect(val('phaser.new(phaser.NS.Vec, 6, 8).length()')).toBe(10);
    expect(isConstructor(Vec)).toBe(true);
    expect(isConstructor(function plain() {})).toBe(false);
    expect(isConstructor(Vec.prototype.length)).toBe(false);
  });

  it('converts lists, tuples and dicts to arrays and plain objects, keyword arguments to a trailing object', () => {
    const seen: unknown[][] = [];
    const api = { take: (...args: unknown[]) => (seen.push(args), args.length) };
    const { val } = setup({ api });
    expect(val('phaser.api.take([1, 2.5, "a"], (True, None), {"k": {"n": [1]}})')).toBe(3);
    expect(seen[0]).toEqual([[1, 2.5, 'a'], [true, null], { k: { n: [1] } }]);
    expect(val('phaser.api.take(1, None, fontSize="24px", color="#fff")')).toBe(3);
    expect(seen[1]).toEqual([1, undefined, { fontSize: '24px', color: '#fff' }]);
  });

  it('turns JS arrays into lists and reads plain objects by attribute and by key', () => {
    const { val } = setup({ data: { list: [1, 2, { z: 3 }], keys: { up: { isDown: true } } } });
    expect(val('phaser.data.list[:2] + [9]')).toEqual([1, 2, 9]);
    expect(val('phaser.data.list[2].z')).toBe(3);
    expect(val('phaser.data.keys.up.isDown and phaser.data.keys["up"].isDown')).toBe(true);
    expect(val('sorted(phaser.data.keys)')).toEqual(['up']);
    expect(val('"up" in phaser.data.keys')).toBe(true);
    expect(val('phaser.to_py(phaser.data)')).toEqual({ list: [1, 2, { z: 3 }], keys: { up: { isDown: true } } });
  });

  it('indexes, iterates and measures JS arrays and Maps held as proxies', () => {
    const arr = [10, 20, 30];
    const m = new Map<string, number>([['a', 1]]);
    const { run, val } = setup({ box: { m }, arr: { live: new Float32Array([1.5, 2.5]) } });
    void arr;
    expect(val('len(phaser.box.m), phaser.box.m["a"]')).toEqual([1, 1]);
    run('phaser.box.m["b"] = 2');
    expect(m.get('b')).toBe(2);
    expect(val('list(phaser.arr.live), len(phaser.arr.live), phaser.arr.live[-1]')).toEqual([[1.5, 2.5], 2, 2.5]);
  });

  it('snake_case names reach camelCase JS members', () => {
    const v = new Vec();
    const { val } = setup({ v });
    expect(val('phaser.v.set_to(2, 3).x')).toBe(2);
    expect(snakeToCamel('set_velocity_x')).toBe('setVelocityX');
  });

  it('passes Python callables as JS callbacks (same function each time, extra JS arguments dropped)', () => {
    const handlers = new Map<string, Function[]>();
    const emitter = {
      on(name: string, fn: Function) {
        handlers.set(name, [...(handlers.get(name) ?? []), fn]);
      },
      off(name: string, fn: Function) {
        handlers.set(name, (handlers.get(name) ?? []).filter((f) => f !== fn));
      },
      emit(name: string, ...args: unknown[]) {
        return (handlers.get(name) ?? []).map((f) => f(...args));
      },
    };
    const { run, val } = setup({ emitter });
    run(`
hits = []
def on_hit(pointer):
    hits.append(pointer.x)
    return pointer.x * 2
class Player:
    def __init__(self):
        self.clicks = 0
    def click(self, *args):
        self.clicks += len(args)
p = Player()
phaser.emitter.on("hit", on_hit)
phaser.emitter.on("hit", p.click)
phaser.emitter.on("hit", lambda *a: None)
`);
    expect(emitter.emit('hit', { x: 4 }, 'extra', 'args')).toEqual([8, null, null]);
    expect(val('hits, p.clicks')).toEqual([[4], 3]);
    run('phaser.emitter.off("hit", on_hit)\nphaser.emitter.off("hit", p.click)');
    expect(handlers.get('hit')!.length).toBe(1);
  });

  it('reports exceptions raised by Python callbacks instead of throwing into JS', () => {
    let cb: Function | undefined;
    const { run, errors } = setup({ reg: (f: Function) => (cb = f) });
    run('def bad(x):\n    return 1 / x\nphaser.reg(bad)');
    expect(cb!(2)).toBe(0.5);
    expect(cb!(0)).toBeUndefined();
    expect(errors[0]).toMatch(/^bad: Traceback/);
    expect(errors[0]).toMatch(/ZeroDivisionError: division by zero/);
  });

  it('wraps JS exceptions as phaser.JsError, catchable in Python', () => {
    const { run, val } = setup({ boom: () => { throw new TypeError('no way'); } });
    run('try:\n    phaser.boom()\nexcept phaser.JsError as e:\n    msg = str(e)');
    expect(val('msg')).toBe('TypeError: no way');
    // a throwing getter too
    const other = setup({ o: { get bad(): number { throw new RangeError('getter'); } } });
    expect(other.raises('phaser.o.bad')).toMatch(/JsError: RangeError: getter/);
  });

  it('exposes globalThis and the Phaser namespace', () => {
    const { val } = setup({}, { Math: { Between: (a: number, b: number) => a + b } });
    expect(val('phaser.Phaser.Math.Between(2, 3)')).toBe(5);
    expect(val('phaser.js.Math.max(1, 9, 4)')).toBe(9);
    expect(val('isinstance(phaser.js, phaser.JsObject)')).toBe(true);
    expect(val('repr(phaser.js.Math.max)')).toBe('<JsObject function max>');
  });

  it('to_js keeps a live JS value', () => {
    const { run, val } = setup();
    run('a = phaser.to_js([1, 2])\na.push(3)');
    expect(val('len(a), a[2], phaser.is_js(a)')).toEqual([3, 3, true]);
  });

  it('builds tilemap rows from a flat list (phaser.tilemap)', () => {
    const calls: unknown[] = [];
    const layer = { kind: 'layer' };
    const scene = {
      make: {
        tilemap: (cfg: { data: number[][] }) => {
          calls.push(['tilemap', cfg]);
          return {
            addTilesetImage: (...a: unknown[]) => (calls.push(['tileset', ...a]), { ts: true }),
            createLayer: (...a: unknown[]) => (calls.push(['layer', ...a]), layer),
          };
        },
      },
    };
    const { val, raises } = setup({ scene });
    expect(val('phaser.tilemap(phaser.scene, [0, 1, 2, 3, 4, 5], 3, "tiles", 8).kind')).toBe('layer');
    expect(calls[0]).toEqual(['tilemap', { data: [[0, 1, 2], [3, 4, 5]], tileWidth: 8, tileHeight: 8 }]);
    expect(calls[1]).toEqual(['tileset', 'tiles', 'tiles', 8, 8, 0, 0]);
    expect(calls[2]).toEqual(['layer', 0, { ts: true }, 0, 0]);
    expect(raises('phaser.tilemap(phaser.scene, [0, 1, 2], 2, "tiles")')).toMatch(/ValueError: len\(data\) \(3\) is not a multiple of width \(2\)/);
  });

  // (its cost is measured by `npm run bench`: the plugin tick with 1,000 Python-moved sprites)
  it('per-frame attribute traffic reaches the live JS objects', () => {
    const sprites = Array.from({ length: 500 }, (_x, i) => ({ x: i, y: 0 }));
    const { vm, bridge } = setup();
    vm.exec('def step(sprites, dt):\n    for s in sprites:\n        s.x = s.x + dt\n        s.y += 1\n');
    const step = vm.eval('step');
    const list = bridge.toPy(sprites);
    for (let f = 0; f < 60; f++) vm.call(step, list, 0.5);
    expect(sprites[3].y).toBe(60);
    expect(sprites[3].x).toBe(33);
    expect(sprites[499].x).toBe(529);
    expect(list).toBeDefined();
    expect(bridge.proxy(sprites[0])).toBeInstanceOf(PyJsProxy);
  });
});
