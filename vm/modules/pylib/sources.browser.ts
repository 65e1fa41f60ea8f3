// Browser builds alias sources.generated.ts to this empty map (the Vite plugin does it, see plugin/vite.ts): the
// page's module map then carries only the standard-library modules the game's scripts import
// (stdlibClosure in deps.ts), instead of the whole embedded library in the JS bundle.
export const PYLIB: Record<string, string> = {};
