// Public API of the VM package (browser-safe: no Node imports).
export { VM } from './runtime/vm.js';
export type { VMOptions, Code, FileHost } from './runtime/vm.js';
export { MapModuleSource } from './runtime/imports.js';
export type { ModuleSourceProvider, FoundModule } from './runtime/imports.js';
export type { ModuleDef } from './runtime/module.js';
export { PyModule } from './runtime/module.js';
export { PyBaseException } from './runtime/exceptions.js';
export { native, nativeKw } from './runtime/natives.js';
export { None } from './runtime/object.js';
