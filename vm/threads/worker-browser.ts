// Entry point of the browser worker bundle (build: platform browser, format esm -> dist/pkpy-worker.browser.mjs),
// loaded as a module Web Worker (`new Worker(url, { type: 'module' })`).
import { browserWorkerPort } from './host-browser';
import { createJobRunner } from './runner-factory';
import { startWorker } from './worker-entry';

startWorker(createJobRunner, browserWorkerPort());
