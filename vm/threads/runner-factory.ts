// The JobRunnerFactory browser workers use: a Python VM importing from the module map the page handed over.
import type { JobRunnerFactory } from './protocol';
import { createVmJobRunner, mapSources } from './vm-runner.js';

export const createJobRunner: JobRunnerFactory = (vmIndex, sources) => createVmJobRunner(vmIndex, sources, mapSources);
