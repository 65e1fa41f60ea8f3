// Hot reload of Python modules inside a running VM (VM 0 in the page, and worker VMs).
//
// The new source is executed in the module's existing namespace, then the namespace is reconciled:
//   - classes defined at the top level are patched in place: the existing class object receives the new methods
//     (existing functions are patched too), so live instances and bound methods pick up the new code and
//     isinstance() keeps working;
//   - top-level functions are patched in place (callbacks already handed to Phaser run the new code);
//   - module state the game holds is kept: a name the game rebound since the last (re)load keeps its current value,
//     and so does a mutable object (list, dict, set, instance, JS object, ComputeThread);
//   - other names (constants such as `SPEED = 200`) take their new values.
// If the module defines `__reload__()`, it is called afterwards. If executing the new source raises, the namespace is
// restored and the error is thrown (the old code keeps running).
import { PyType, PyInstance, TypeFlags, MISSING, bumpTypeVersion, AttrBag } from '../vm/runtime/object.js';
import { PyList, PyDict, PySet, PyByteArray } from '../vm/runtime/types.js';
import { PyFunction } from '../vm/runtime/function.js';
import { refreshTypeFlags } from '../vm/runtime/classes.js';
import type { CodeInfo } from '../vm/runtime/function.js';
import type { VM } from '../vm/runtime/vm.js';
import type { PyModule } from '../vm/runtime/module.js';
import { PyJsProxy } from './proxy.js';

/** Names never reconciled (module metadata). */
const META = new Set(['__name__', '__file__', '__doc__', '__package__', '__spec__', '__loader__', '__builtins__', '__path__', '__cached__']);

/** Class attributes that stay the old class's own (layout descriptors). */
const CLASS_KEEP = new Set(['__dict__', '__weakref__']);

/** What the module's namespace held right after its last (re)load, per VM and module. */
const snapshots = new WeakMap<AttrBag, Map<string, any>>();

/** Makes `vm` record a snapshot of every module it imports from source (call once, right after creating it). */
export function trackModuleSnapshots(vm: VM): void {
  const exec = vm.execModule.bind(vm);
  vm.execModule = (mod, found) => {
    exec(mod, found);
    if (mod.$d) recordSnapshot(mod.$d);
  };
}

/** Records the namespace of a freshly imported module (so a later reload can tell state from constants). */
export function recordSnapshot(bag: AttrBag): void {
  const m = new Map<string, any>();
  for (const k of Object.keys(bag)) m.set(k, bag[k]);
  snapshots.set(bag, m);
}

function isState(v: any): boolean {
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyByteArray || v instanceof PyJsProxy) return true;
  if (v instanceof PyInstance) return (v.$cls as PyType).lookup('__call__') === MISSING; // callables (decorator wrappers) are code
  // other built-in objects with their own identity (ComputeThread...) are state too; functions and types are not
  return typeof v === 'object' && v !== null && v.$cls?.name === 'ComputeThread';
}

/** Makes `old` run `nw`'s code (identity, attributes and references to `old` are kept). */
export function patchFunction(old: PyFunction, nw: PyFunction): void {
  if (old === nw) return;
  const o = old as any;
  o.$fn = nw.$fn;
  (nw.$fn as any).$F = old;
  o.$ok = nw.$ok;
  o.code = nw.code as CodeInfo;
  o.defaults = nw.defaults;
  o.kwdefaults = nw.kwdefaults;
  o.closure = nw.closure;
  o.doc = nw.doc;
  o.annotations = nw.annotations;
  o.name = nw.name;
  o.qualname = nw.qualname;
}

/** Gives class `old` the attributes of the freshly built class `nw` (same name, same module). */
export function patchClass(old: PyType, nw: PyType): void {
  const od = old.dict;
  const nd = nw.dict;
  for (const k of Object.keys(od)) {
    if (!CLASS_KEEP.has(k) && nd[k] === undefined) delete od[k];
  }
  for (const k of Object.keys(nd)) {
    if (CLASS_KEEP.has(k) && od[k] !== undefined) continue;
    const ov = od[k];
    const nv = nd[k];
    if (ov instanceof PyFunction && nv instanceof PyFunction) {
      patchFunction(ov, nv);
      continue;
    }
    od[k] = nv;
  }
  old.qualname = nw.qualname;
  old.resetCache();
  bumpTypeVersion();
  refreshTypeFlags(old);
}

export interface ReloadResult {
  /** Top-level classes patched in place. */
  classes: string[];
  /** Top-level functions patched in place. */
  functions: string[];
  /** Names whose current value was kept as state. */
  kept: string[];
  /** Names that took their new value. */
  updated: string[];
}

/**
 * Re-executes `source` in the already-imported module `name` of `vm` (see the rules at the top of this file). Throws
 * the Python exception (SyntaxError included) if the new code fails; the namespace is then left as it was.
 */
export function reloadModule(vm: VM, name: string, source: string, filename?: string): ReloadResult {
  const mod = vm.sysModules.s.get(name) as PyModule | undefined;
  if (mod === undefined || !mod.$d) throw new Error(`module ${name} is not loaded`);
  const bag = mod.$d;
  const file = filename ?? (typeof bag.__file__ === 'string' ? bag.__file__ : `${name.replace(/\./g, '/')}.py`);
  const code = vm.compile(source, file, 'exec'); // a SyntaxError leaves everything untouched
  const before = new Map<string, any>();
  for (const k of Object.keys(bag)) before.set(k, bag[k]);
  const snap = snapshots.get(bag) ?? before;
  const result: ReloadResult = { classes: [], functions: [], kept: [], updated: [] };

  // While the module body runs, a top-level class statement re-uses the class object it had: the new class body is
  // built, its contents moved into the old class, and the old class is what the name gets bound to (and what the
  // methods' __class__ cell, used by super(), refers to).
  const rt = vm.rt as Record<string, any>;
  const mkclass = rt.$mkclass as (...a: any[]) => any;
  let active = true;
  rt.$mkclass = (info: CodeInfo, bases: any[], kwn: string[], kwv: any[], body: (ns: any) => (cls: any) => void, G: AttrBag) => {
    if (!active || G !== bag || info.qualname !== info.name) return mkclass(info, bases, kwn, kwv, body, G);
    let setCell: ((cls: any) => void) | undefined;
    const cls = mkclass(info, bases, kwn, kwv, (ns: any) => (setCell = body(ns)), G);
    const old = before.get(info.name);
    if (old instanceof PyType && cls instanceof PyType && old !== cls && old.flags & TypeFlags.Heap && old.$cls === cls.$cls) {
      patchClass(old, cls);
      setCell?.(old);
      result.classes.push(info.name);
      return old;
    }
    return cls;
  };
  try {
    vm.guard(() => code.run(bag));
  } catch (e) {
    for (const k of Object.keys(bag)) if (!before.has(k)) delete bag[k];
    for (const [k, v] of before) bag[k] = v;
    throw e;
  } finally {
    active = false;
    rt.$mkclass = mkclass;
  }

  for (const k of Object.keys(bag)) {
    if (META.has(k) || !before.has(k)) continue;
    const old = before.get(k);
    const nw = bag[k];
    if (old === nw) continue;
    if (old instanceof PyFunction && nw instanceof PyFunction) {
      patchFunction(old, nw);
      bag[k] = old;
      result.functions.push(k);
      continue;
    }
    if (!snap.has(k) || snap.get(k) !== old || isState(old)) {
      bag[k] = old;
      result.kept.push(k);
      continue;
    }
    result.updated.push(k);
  }
  recordSnapshot(bag);
  const hook = bag.__reload__;
  if (hook !== undefined) vm.call(hook);
  return result;
}
