// Public API of the engine bridge: the `phaser` Python module, JS proxies, hot reload, ComputeThread job polling.
export { Bridge, PyJsProxy, jsObjectType, jsErrorType, isPyCallable, isConstructor, snakeToCamel } from './proxy.js';
export type { BridgeOptions } from './proxy.js';
export { phaserModule, gridRows } from './module.js';
export type { PhaserModuleContext } from './module.js';
export { JobTracker, callableExpr } from './jobs.js';
export type { JobInfo, JobKind, JobSink } from './jobs.js';
export { reloadModule, patchClass, patchFunction, recordSnapshot, trackModuleSnapshots } from './reload.js';
export type { ReloadResult } from './reload.js';
export { createReloadingRunner, createPhaserJobRunner } from './worker-runner.js';
export type { ReloadingRunnerOptions } from './worker-runner.js';
