// Types for what the Vite plugin (phaser-pkpy/vite) provides to game code.
declare module 'virtual:pkpy-modules' {
  /** Every `.py` module under the plugin's pyRoot: dotted name -> source. */
  export const modules: Record<string, string>;
  /** URL of the ComputeThread worker script (pass it to pythonPlugins). */
  export const workerUrl: string;
  export default modules;
}

declare module '*.py' {
  /** The module's dotted name (relative to pyRoot). */
  export const name: string;
  /** The Python source. */
  export const source: string;
  export default source;
}
