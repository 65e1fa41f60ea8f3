// Builds the distributable bundles with esbuild: the Node CLI and library, and the thread workers.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

await import('./embed-pylib.mjs');
mkdirSync('dist', { recursive: true });
const common = { bundle: true, format: 'esm', sourcemap: false, logLevel: 'warning', target: 'es2022' };

await Promise.all([
  build({ ...common, entryPoints: ['vm/cli.ts'], outfile: 'dist/pkpy-cli.mjs', platform: 'node' }),
  build({ ...common, entryPoints: ['vm/index.ts'], outfile: 'dist/index.mjs', platform: 'neutral', mainFields: ['module', 'main'] }),
  build({ ...common, entryPoints: ['vm/threads/worker-node.ts'], outfile: 'dist/pkpy-worker.node.mjs', platform: 'node' }),
  build({ ...common, entryPoints: ['vm/threads/worker-browser.ts'], outfile: 'dist/pkpy-worker.browser.mjs', platform: 'browser' }),
  // the Phaser plugin (phaser-pkpy/plugin), its ComputeThread worker, and the Vite plugin (phaser-pkpy/vite)
  build({ ...common, entryPoints: ['plugin/index.ts'], outfile: 'dist/plugin.mjs', platform: 'browser', external: ['eventemitter3', 'phaser'] }),
  build({ ...common, entryPoints: ['plugin/worker.ts'], outfile: 'dist/pkpy-phaser-worker.mjs', platform: 'browser' }),
  build({ ...common, entryPoints: ['plugin/vite.ts'], outfile: 'dist/vite.mjs', platform: 'node', external: ['vite'] }),
]);
