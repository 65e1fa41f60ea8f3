// The `bytes` type's methods.
export function installBytes(): void {}
