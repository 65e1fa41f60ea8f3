// Gives a Node VM 0 its ComputeThread workers. The pool is created lazily, on the first ComputeThread, so
// scripts that don't use threads start no workers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VM } from '../runtime/vm.js';
import { threadHost } from '../threads/thread-host.js';
import { installNodeThreads } from '../threads/node';
import { hasDefaultPool } from '../threads/pool';

/** The built Node worker bundle: beside the CLI bundle in dist/, or in dist/ when running from sources. */
export function nodeWorkerUrl(): URL {
  for (const rel of ['./pkpy-worker.node.mjs', '../../dist/pkpy-worker.node.mjs', '../dist/pkpy-worker.node.mjs']) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return u;
  }
  throw new Error('dist/pkpy-worker.node.mjs is missing: run `npm run build`');
}

export function installNodeThreadsForCli(vm: VM, scriptDir: string): void {
  threadHost.ensurePool = () => {
    if (hasDefaultPool()) return;
    installNodeThreads({ workerUrl: nodeWorkerUrl(), paths: [scriptDir, ...vm.sysPath().filter((p) => p !== scriptDir)] });
  };
}
