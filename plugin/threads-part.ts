// The plugin's ComputeThread part (threads.ts). Production builds made by the phaser-pkpy Vite plugin answer this
// import with `createPluginThreads = null` when the game's Python never imports `pkpy`; keep the export name.
import { createPluginThreads as create } from './threads.js';

export const createPluginThreads: typeof create | null = create;
