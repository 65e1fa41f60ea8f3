// Where the compiler and `re` find the `\N{...}` character-name table. The table is an optional part of a build
// (vm/modules/optional-catalog.ts); the module registry installs it when the build has it.
export const unicodeNames: { lookup: ((name: string) => number) | null } = { lookup: null };
