// Entry point of the Node worker bundle (build: platform node, format esm -> dist/pkpy-worker.node.mjs).
import { nodeWorkerPort } from './host-node';
import { createJobRunner } from './runner-factory';
import { startWorker } from './worker-entry';

startWorker(createJobRunner, nodeWorkerPort());
