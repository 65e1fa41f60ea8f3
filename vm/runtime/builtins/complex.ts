// The `complex` type's methods.
export function installComplex(): void {}
