// The plugin's hot-reload part (engine-bridge/reload.ts): re-executing changed modules in place, and the namespace
// snapshots taken at each import that let a reload tell state from constants. Only the Vite dev server sends hot
// updates, so production builds made by the phaser-pkpy Vite plugin answer this import with `hotReload = null`
// (no reload code in the bundle, no snapshot per import); keep the export name.
import { reloadModule, trackModuleSnapshots } from '../engine-bridge/reload.js';

export const hotReload: { reloadModule: typeof reloadModule; trackModuleSnapshots: typeof trackModuleSnapshots } | null = {
  reloadModule,
  trackModuleSnapshots,
};
