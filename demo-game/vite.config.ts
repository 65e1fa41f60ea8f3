// `npm start` serves this demo: Vite with the phaser-pkpy plugin (.py modules, hot reload, COOP/COEP headers).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import pkpy from '../plugin/vite';

const here = fileURLToPath(new URL('.', import.meta.url));
// The end-to-end test points the plugin at a scratch copy of scripts-py (it edits the files).
const pyRoot = process.env.PKPY_PY_ROOT ?? '../scripts-py';

export default defineConfig({
  root: here,
  plugins: [pkpy({ pyRoot })],
  // pre-bundled at start-up, so the dependency optimizer never reloads the page
  optimizeDeps: { include: ['phaser', 'eventemitter3'] },
  server: { port: 5173, host: '127.0.0.1' },
  build: { outDir: '../dist/demo', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
