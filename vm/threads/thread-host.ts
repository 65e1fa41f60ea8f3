// The hooks a host installs so VM 0 can start worker threads (Node: worker_threads; browser: Web Workers) and watch
// the jobs it submits. A file of its own so hosts set them without pulling in the `pkpy` module, which browser builds
// leave out when a game never imports it.
import type { PyComputeThread } from '../modules/pkpy.js';

export const threadHost = {
  /** Makes sure a default worker pool exists (created lazily on the first ComputeThread). */
  ensurePool: null as null | (() => void),
  /** Called before a `submit_*` starts a job on a thread (the previous job's outcome is still readable). */
  beforeSubmit: null as null | ((thread: PyComputeThread) => void),
  /** Called after a `submit_*` started a job (the Phaser plugin tracks jobs to poll `is_done` once per frame). */
  afterSubmit: null as null | ((thread: PyComputeThread, kind: 'exec' | 'eval' | 'call', source: string) => void),
};
