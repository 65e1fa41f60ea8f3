// Gives a Node VM 0 its ComputeThread workers (the pool is created lazily, on the first ComputeThread).
import type { VM } from '../runtime/vm.js';

export function installNodeThreadsForCli(_vm: VM, _scriptDir: string): void {
  // wired once the pkpy module exists (see vm/modules/pkpy)
}
