// The `str` type's methods.
export function installStr(): void {}
