// Entry point of the Node worker bundle (build: platform node, format esm -> dist/pkpy-worker.node.mjs).
import { nodeWorkerPort } from './host-node';
import { createNodeJobRunner } from './runner-factory-node.js';
import { startWorker } from './worker-entry';

startWorker(createNodeJobRunner, nodeWorkerPort());
