// The `phaser` Python module: the bridge between game scripts (VM 0) and the live Phaser objects.
//
//   import phaser
//   phaser.Phaser.Math.Between(1, 6)          # the Phaser namespace (JsObject)
//   phaser.game.loop.frame                    # the running Phaser.Game
//   phaser.js.console.log('hi')               # globalThis
//   phaser.submit(thread, 'worldgen.generate', 42, on_done=build_world)
//   layer = phaser.tilemap(scene, terrain, 200, 'tiles', 16, 16)
import { None, PyType } from '../vm/runtime/object.js';
import { PyList, PyTuple } from '../vm/runtime/types.js';
import { native, nativeKw, arg, checkKw } from '../vm/runtime/natives.js';
import { typeErr, valueErr } from '../vm/runtime/exceptions.js';
import { str as pyStr } from '../vm/runtime/convert.js';
import type { ModuleDef, PyModule } from '../vm/runtime/module.js';
import type { Kw } from '../vm/runtime/function.js';
import { Bridge, PyJsProxy, jsObjectType, jsErrorType, isPyCallable } from './proxy.js';
import type { JobTracker } from './jobs.js';

export interface PhaserModuleContext {
  bridge: Bridge;
  /** Job tracking for phaser.submit (absent: submit raises). */
  jobs?: JobTracker | null;
  /** The Phaser namespace (`import * as Phaser from 'phaser'`), exposed as `phaser.Phaser`. */
  Phaser?: unknown;
  /** The running game, exposed as `phaser.game`. */
  game?: unknown;
  /** Extra attributes for the module (JS values are converted). */
  extra?: Record<string, unknown>;
}

function intArg(v: any, what: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeErr(`${what} must be an int, not ${(v?.$cls as PyType | undefined)?.name ?? typeof v}`);
}

function sequenceItems(v: any, what: string): any[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.a;
  if (v instanceof PyJsProxy && (Array.isArray(v.t) || ArrayBuffer.isView(v.t))) return Array.from(v.t as ArrayLike<unknown>);
  throw typeErr(`${what} must be a list or tuple`);
}

/** Turns a flat Python list of tile indices (row by row) into the 2D array Phaser's tilemaps take. */
export function gridRows(bridge: Bridge, data: any, width: number): number[][] {
  const items = sequenceItems(data, 'data');
  if (width <= 0) throw valueErr('width must be positive');
  if (items.length % width !== 0) throw valueErr(`len(data) (${items.length}) is not a multiple of width (${width})`);
  const rows: number[][] = [];
  for (let y = 0; y < items.length; y += width) {
    const row = new Array<number>(width);
    for (let x = 0; x < width; x++) {
      const v = items[y + x];
      row[x] = typeof v === 'number' ? v : (bridge.toJs(v) as number);
    }
    rows.push(row);
  }
  return rows;
}

/** Builds the `phaser` module for one VM. */
export function phaserModule(ctx: PhaserModuleContext): ModuleDef {
  const b = ctx.bridge;
  return {
    name: 'phaser',
    init(mod: PyModule) {
      const d = mod.$d!;
      d.__doc__ = 'Phaser for Python: live JS objects (JsObject), conversions, ComputeThread jobs, tilemaps.';
      d.JsObject = jsObjectType;
      d.JsError = jsErrorType;
      d.js = b.proxy(globalThis);
      d.Phaser = ctx.Phaser ? b.toPy(ctx.Phaser) : None;
      d.game = ctx.game ? b.toPy(ctx.game) : None;
      for (const [k, v] of Object.entries(ctx.extra ?? {})) d[k] = b.toPy(v);

      d.to_js = native('to_js', (x: any) => {
        const v = b.toJs(x);
        return v !== null && (typeof v === 'object' || typeof v === 'function') ? b.proxy(v) : b.toPy(v);
      });
      d.to_py = native('to_py', (x: any) => b.toPyDeep(x));
      d.is_js = native('is_js', (x: any) => x instanceof PyJsProxy);
      d.callback = native('callback', (f: any) => {
        if (!isPyCallable(f)) throw typeErr('callback() argument must be callable');
        return b.proxy(b.callback(f));
      });
      d.new = nativeKw('new', (args: any[], kw: Kw) => {
        if (args.length < 1) throw typeErr('new() missing required argument: the JS class');
        const cls = args[0];
        if (!(cls instanceof PyJsProxy) || typeof cls.t !== 'function') throw typeErr('new() argument 1 must be a JS class (JsObject)');
        const js = args.slice(1).map((a) => b.argToJs(a));
        if (kw) {
          const o: Record<string, unknown> = {};
          for (const k in kw) o[k] = b.toJs(kw[k]);
          if (Object.keys(o).length) js.push(o);
        }
        try {
          return b.toPy(Reflect.construct(cls.t, js));
        } catch (e) {
          throw b.jsError(e);
        }
      });
      d.log = nativeKw('log', (args: any[]) => {
        console.log(...args.map((a) => (typeof a === 'string' ? a : a instanceof PyJsProxy ? a.t : pyStr(a))));
        return None;
      });
      d.submit = nativeKw('submit', (args: any[], kw: Kw) => {
        if (!ctx.jobs) throw typeErr('submit() is not available: no ComputeThread jobs here (the Phaser plugin runs them; a build without pkpy leaves them out)');
        if (args.length < 2) throw typeErr('submit() needs a ComputeThread and the name of the function to call');
        const name = args[1];
        if (typeof name !== 'string') throw typeErr('submit() argument 2 must be the function name as a str');
        let onDone: any = None;
        let onError: any = None;
        let rest: Kw = null;
        if (kw) {
          rest = Object.create(null) as Record<string, any>;
          for (const k in kw) {
            if (k === 'on_done') onDone = kw[k];
            else if (k === 'on_error') onError = kw[k];
            else rest[k] = kw[k];
          }
        }
        return ctx.jobs.submit(args[0], name, args.slice(2), rest, onDone, onError);
      });
      d.pending_jobs = native('pending_jobs', () => ctx.jobs?.size ?? 0);
      d.tilemap = nativeKw('tilemap', (args: any[], kw: Kw) => {
        checkKw('tilemap', kw, ['scene', 'data', 'width', 'tileset', 'tile_width', 'tile_height', 'x', 'y']);
        const scene = arg(args, kw, 0, 'scene');
        const data = arg(args, kw, 1, 'data');
        const width = intArg(arg(args, kw, 2, 'width'), 'width');
        const tileset = arg(args, kw, 3, 'tileset');
        const tw = intArg(arg(args, kw, 4, 'tile_width') ?? 16, 'tile_width');
        const th = intArg(arg(args, kw, 5, 'tile_height') ?? tw, 'tile_height');
        const x = arg(args, kw, 6, 'x') ?? 0;
        const y = arg(args, kw, 7, 'y') ?? 0;
        if (!(scene instanceof PyJsProxy)) throw typeErr('tilemap() argument scene must be a Phaser scene (JsObject)');
        if (typeof tileset !== 'string') throw typeErr('tilemap() argument tileset must be the texture key (str)');
        const rows = gridRows(b, data, width);
        try {
          const s = scene.t;
          const map = s.make.tilemap({ data: rows, tileWidth: tw, tileHeight: th });
          const ts = map.addTilesetImage(tileset, tileset, tw, th, 0, 0);
          const layer = map.createLayer(0, ts, b.toJs(x), b.toJs(y));
          return b.toPy(layer);
        } catch (e) {
          throw b.jsError(e);
        }
      });
    },
  };
}
