// Where the code generator finds the annotation unparser (unparse.ts) that `from __future__ import annotations`
// (PEP 563) needs to store annotations as text. It is an optional part of a build (vm/modules/optional-catalog.ts),
// shipped when a source imports __future__; the module registry installs it when the build has it.
export const annotationText: { unparse: ((e: any) => string) | null } = { unparse: null };
