// The JobRunnerFactory the built workers use. PLACEHOLDER until the lead wires the real VM in: replace the body with
// something like `(vmIndex, sources) => createVmJobRunner(vmIndex, sources)` (build a VM with `pkpy.currentvm ==
// vmIndex`, importing from `sources`; exec/eval in its __main__; for 'call' unpickle (args, kwargs), call, pickle).

import type { JobRunner, JobRunnerFactory, ModuleSources } from './protocol';

export const createJobRunner: JobRunnerFactory = (vmIndex: number, _sources: ModuleSources): JobRunner => {
  throw new Error(`the Python VM is not wired into the ComputeThread worker yet (VM ${vmIndex})`);
};
