// The ComputeThread worker of the Phaser plugin (a module Web Worker): worker VMs import the game's `.py` modules
// from the page's module map and follow hot reloads (engine-bridge/worker-runner.ts).
import { browserWorkerPort } from '../vm/threads/host-browser';
import { startWorker } from '../vm/threads/worker-entry';
import { createPhaserJobRunner } from '../engine-bridge/worker-runner.js';

startWorker(createPhaserJobRunner, browserWorkerPort());
