// The JobRunner that worker threads use: one Python VM per worker slot, importing from the same module
// sources as VM 0, exchanging arguments and results as pickle bytes.
import type { JobRunner, ModuleSources } from './protocol';
import type { ModuleSourceProvider } from '../runtime/imports.js';
import { MapModuleSource } from '../runtime/imports.js';
import { VM } from '../runtime/vm.js';
import { pickleDumps, pickleLoads } from '../modules/pickle/index.js';
import { PyTuple, PyDict } from '../runtime/types.js';
import { callSlow } from '../runtime/call.js';

/** Builds the import source for a worker VM; Node workers add folder-based sources. */
export type SourceFactory = (s: ModuleSources) => { provider: ModuleSourceProvider; paths: string[] };

export const mapSources: SourceFactory = (s) => {
  if (s.kind === 'map') return { provider: new MapModuleSource({ ...s.modules }), paths: [] };
  throw new Error('folder module sources are only available in Node workers');
};

/** Runs one ComputeThread job in a worker VM: exec, eval, or a call with pickled (args, kwargs). */
export function runJob(vm: VM, G: Record<string, any>, kind: 'exec' | 'eval' | 'call', source: string, payload: Uint8Array | null): Uint8Array | null {
  return vm.guard(() => {
    if (kind === 'exec') {
      vm.exec(source, '<ComputeThread>', G);
      return null;
    }
    if (kind === 'eval') return pickleDumps(vm, vm.eval(source, '<ComputeThread>', G));
    const f = vm.eval(source, '<ComputeThread>', G);
    const packed = pickleLoads(vm, payload!);
    const [args, kwargs] = (packed as PyTuple).a as [PyTuple, PyDict];
    const names = [...kwargs.s.keys()] as string[];
    const r = callSlow(f, args.a, names.length ? names : null, names.length ? names.map((n) => kwargs.s.get(n)) : null);
    return pickleDumps(vm, r);
  });
}

export function createVmJobRunner(vmIndex: number, sources: ModuleSources, makeSources: SourceFactory): JobRunner {
  const { provider, paths } = makeSources(sources);
  const vm = new VM({
    index: vmIndex,
    sources: provider,
    path: paths,
    stdout: (t) => (globalThis as any).process?.stdout?.write?.(t) ?? console.log(t),
    stderr: (t) => (globalThis as any).process?.stderr?.write?.(t) ?? console.error(t),
  });
  const G = vm.mainGlobals();
  return {
    run(kind, source, payload) {
      return runJob(vm, G, kind, source, payload);
    },
    formatError(thrown: unknown) {
      return vm.formatException(thrown).replace(/\n$/, '');
    },
    updateModuleSources(s: ModuleSources) {
      // new code is used by modules imported from now on (the Phaser plugin's runner also reloads live ones)
      vm.setModuleSources(makeSources(s).provider);
    },
    dispose() {
      vm.flush();
    },
  };
}
