// The JobRunnerFactory Node workers use: folder sources (the script's folder and sys.path) or a module map.
import type { JobRunnerFactory } from './protocol';
import { createVmJobRunner, mapSources } from './vm-runner.js';
import { FsModuleSource } from '../node/fs-sources.js';

export const createNodeJobRunner: JobRunnerFactory = (vmIndex, sources) =>
  createVmJobRunner(vmIndex, sources, (s) => (s.kind === 'fs' ? { provider: new FsModuleSource(), paths: s.paths.slice() } : mapSources(s)));
