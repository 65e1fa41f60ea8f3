// The job runner of the plugin's ComputeThread workers: one VM per thread slot, importing from the page's module map,
// with hot reload. When the page's `.py` sources change (pool.updateModuleSources, applied by the worker after its
// current job), modules the worker VM already imported are re-executed in place (engine-bridge/reload.ts), so the
// thread's next job runs the new code while the worker keeps its state.
import type { JobRunner, JobRunnerFactory, ModuleSources } from '../vm/threads/protocol';
import { MapModuleSource } from '../vm/runtime/imports.js';
import { VM } from '../vm/runtime/vm.js';
import { runJob } from '../vm/threads/vm-runner.js';
import { reloadModule, trackModuleSnapshots } from './reload.js';

export interface ReloadingRunnerOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Reports a module that failed to reload (default: stderr). */
  onReloadError?: (module: string, traceback: string) => void;
}

function lineWriter(sink: (line: string) => void): (text: string) => void {
  let buf = '';
  return (text) => {
    buf += text;
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      sink(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  };
}

export function createReloadingRunner(vmIndex: number, sources: ModuleSources, options: ReloadingRunnerOptions = {}): JobRunner {
  if (sources.kind !== 'map') throw new Error('the Phaser worker needs module sources as a map');
  const map = new MapModuleSource({ ...sources.modules });
  const stdout = options.stdout ?? lineWriter((l) => console.log(l));
  const stderr = options.stderr ?? lineWriter((l) => console.error(l));
  const vm = new VM({ index: vmIndex, sources: map, stdout, stderr });
  trackModuleSnapshots(vm);
  const G = vm.mainGlobals();
  return {
    run(kind, source, payload) {
      return runJob(vm, G, kind, source, payload);
    },
    formatError(thrown: unknown) {
      return vm.formatException(thrown).replace(/\n$/, '');
    },
    updateModuleSources(next: ModuleSources) {
      if (next.kind !== 'map') return;
      const old = map.modules;
      map.modules = { ...next.modules };
      for (const [name, src] of Object.entries(next.modules)) {
        if (old[name] === src) continue;
        const modName = name.endsWith('.__init__') ? name.slice(0, -'.__init__'.length) : name;
        if (vm.sysModules.s.get(modName) === undefined) continue;
        try {
          reloadModule(vm, modName, src);
        } catch (e) {
          map.modules[name] = old[name] ?? src;
          const tb = vm.formatException(e);
          if (options.onReloadError) options.onReloadError(modName, tb);
          else stderr(`[ComputeThread ${vmIndex}] reloading ${modName} failed:\n${tb}`);
        }
      }
    },
    dispose() {
      vm.flush();
    },
  };
}

export const createPhaserJobRunner: JobRunnerFactory = (vmIndex, sources) => createReloadingRunner(vmIndex, sources);
