// The demo game: a Phaser 4 game whose scene is written in Python (scripts-py/main.py).
import * as Phaser from 'phaser';
import { pythonPlugins, getPythonPlugin, type PythonPlugin } from '../plugin/index';
import { modules, workerUrl } from 'virtual:pkpy-modules';

declare global {
  interface Window {
    __pageLoadId?: string;
    __pkpyDemo?: {
      game: Phaser.Game;
      python: PythonPlugin;
      /** main.snapshot(): the scene's state as plain JS. */
      snapshot(): Record<string, unknown>;
      /** Python errors reported so far (tracebacks). */
      errors: string[];
    };
  }
}

// Lets tests check that hot reloads do not reload the page.
window.__pageLoadId ??= `${Date.now()}-${Math.random().toString(36).slice(2)}`;

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 960,
  height: 600,
  backgroundColor: '#0d1118',
  pixelArt: true,
  scene: [{ key: 'World' }],
  plugins: pythonPlugins({ modules, workerUrl, scenes: { World: 'main' }, Phaser }),
});

const python = getPythonPlugin(game)!;
const errors: string[] = [];
python.events.on('python-error', (e) => errors.push(e.traceback));
python.events.on('job-error', (e) => errors.push(e.traceback));

window.__pkpyDemo = {
  game,
  python,
  snapshot: () => python.call('main', 'snapshot') as Record<string, unknown>,
  errors,
};
