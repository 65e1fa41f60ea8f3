// The `pkpy` module: currentvm(), configmacros and ComputeThread, pocketpy's API for running Python in
// parallel on worker VMs (1-15). Arguments and results cross as pickle bytes.
import { None, PyType, makeBuiltinType, objectType, TypeFlags, PyObject, newAttrBag } from '../runtime/object.js';
import { PyTuple, PyDict } from '../runtime/types.js';
import { defMethod, defMethodKw } from '../runtime/natives.js';
import { PyGetSet } from '../runtime/function.js';
import { exc, RuntimeError, ValueError, typeErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import { DictStore } from '../runtime/hash-store.js';
import { ComputeThreadCore, ComputeThreadError } from '../threads/compute-thread';
import { importModule } from '../runtime/imports.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';
import { threadHost } from '../threads/thread-host.js';
import { pickleCodec } from './pickle-codec.js';

/** Arguments and results cross as pickle bytes: without pickle in the build, the import's own error explains. */
function codec(vm: any): { dumps: (vm: any, value: any) => Uint8Array; loads: (vm: any, bytes: Uint8Array) => any } {
  if (pickleCodec.dumps === null || pickleCodec.loads === null) importModule(vm, 'pickle');
  return pickleCodec as any;
}
const pickleLoads = (vm: any, bytes: Uint8Array): any => codec(vm).loads(vm, bytes);
const pickleDumps = (vm: any, value: any): Uint8Array => codec(vm).dumps(vm, value);

export class PyComputeThread extends PyObject {
  core!: ComputeThreadCore;
  vm: any;
}
export const computeThreadType = makeBuiltinType('ComputeThread', objectType, PyComputeThread, TypeFlags.BaseType | TypeFlags.HasDict);
computeThreadType.module = 'pkpy';

/** Maps substrate errors (busy, bad index, no shared memory) to Python exceptions. */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ComputeThreadError) throw exc(RuntimeError, e.traceback);
    if (e instanceof RangeError || (e instanceof Error && /VM index/.test(e.message))) throw exc(ValueError, e.message);
    if (e instanceof Error) throw exc(RuntimeError, e.message);
    throw e;
  }
}

function src(x: any, what: string): string {
  if (typeof x !== 'string') throw typeErr(`${what}() argument must be str, not ${typeOf(x).name}`);
  return x;
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  const t = computeThreadType;
  t.alloc = (cls: PyType) => {
    const o = new PyComputeThread();
    o.$cls = cls;
    o.$d = newAttrBag();
    return o;
  };
  defMethod(t, '__init__', (self: PyComputeThread, index: any) => {
    if (typeof index !== 'number' || !Number.isInteger(index)) throw typeErr('ComputeThread() argument must be an int');
    const vm = vmOfType(typeOf(self));
    if (vm && vm.index !== 0) throw exc(RuntimeError, 'ComputeThread can only be created from VM 0 (the main thread)');
    threadHost.ensurePool?.();
    self.vm = vm;
    self.core = guard(() => new ComputeThreadCore(index));
    return None;
  });
  t.dict.is_done = new PyGetSet('is_done', (self: PyComputeThread) => guard(() => self.core.isDone));
  t.dict.vm_index = new PyGetSet('vm_index', (self: PyComputeThread) => self.core.vmIndex);
  defMethod(t, 'wait_for_done', (self: PyComputeThread) => {
    self.vm?.flush();
    guard(() => self.core.waitForDone());
    return None;
  });
  defMethod(t, 'last_error', (self: PyComputeThread) => guard(() => self.core.lastError()) ?? None);
  defMethod(t, 'last_retval', (self: PyComputeThread) => {
    const bytes = guard(() => self.core.lastRetval());
    return bytes === null || bytes.length === 0 ? None : pickleLoads(self.vm, bytes);
  });
  defMethod(t, 'submit_exec', (self: PyComputeThread, s: any) => {
    const source = src(s, 'submit_exec');
    threadHost.beforeSubmit?.(self);
    guard(() => self.core.submitExec(source));
    threadHost.afterSubmit?.(self, 'exec', source);
    return None;
  });
  defMethod(t, 'submit_eval', (self: PyComputeThread, s: any) => {
    const source = src(s, 'submit_eval');
    threadHost.beforeSubmit?.(self);
    guard(() => self.core.submitEval(source));
    threadHost.afterSubmit?.(self, 'eval', source);
    return None;
  });
  defMethodKw(t, 'submit_call', (args, kw) => {
    const self = args[0] as PyComputeThread;
    const fn = src(args[1], 'submit_call');
    const kwargs = new PyDict(new DictStore());
    if (kw) for (const k of Object.keys(kw)) kwargs.s.set(k, kw[k]);
    const payload = pickleDumps(self.vm, new PyTuple([new PyTuple(args.slice(2)), kwargs]));
    threadHost.beforeSubmit?.(self);
    guard(() => self.core.submitCall(fn, payload));
    threadHost.afterSubmit?.(self, 'call', fn);
    return None;
  });
  defMethod(t, 'exec', (self: PyComputeThread, s: any) => {
    self.vm?.flush();
    guard(() => self.core.exec(src(s, 'exec')));
    return None;
  });
  defMethod(t, 'eval', (self: PyComputeThread, s: any) => {
    self.vm?.flush();
    const bytes = guard(() => self.core.eval(src(s, 'eval')));
    return bytes === null || bytes.length === 0 ? None : pickleLoads(self.vm, bytes);
  });
  defMethod(t, 'close', (self: PyComputeThread) => {
    self.core.dispose();
    return None;
  });
  defMethod(t, '__repr__', (self: PyComputeThread) => `<ComputeThread vm=${self.core?.vmIndex ?? '?'}>`);
}

/** Each VM's `pkpy.ComputeThread` is its own subclass, which remembers the VM that owns its threads
 * (results are unpickled there), so two VMs in one JS realm never mix up their threads. */
const ownerVM = new WeakMap<PyType, any>();
function vmOfType(t: PyType): any {
  for (const c of t.mro) {
    const vm = ownerVM.get(c);
    if (vm !== undefined) return vm;
  }
  return null;
}

export const pkpyModule: ModuleDef = {
  name: 'pkpy',
  init(mod: PyModule, vm: any) {
    install();
    const perVM = makeBuiltinType('ComputeThread', computeThreadType, PyComputeThread, TypeFlags.BaseType | TypeFlags.HasDict);
    perVM.module = 'pkpy';
    perVM.alloc = computeThreadType.alloc;
    ownerVM.set(perVM, vm);
    const d = mod.$d!;
    d.ComputeThread = perVM;
    d.currentvm = defStaticFn(() => vm.index);
    const macros = new PyDict(new DictStore());
    macros.s.set('PK_ENABLE_THREADS', 1);
    macros.s.set('PK_ENABLE_OS', 0);
    macros.s.set('PK_VERSION', '2.0.0-phaser');
    d.configmacros = macros;
  },
};

import { native } from '../runtime/natives.js';
function defStaticFn(f: () => any) {
  return native('currentvm', f);
}
