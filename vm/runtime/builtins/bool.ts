// The `bool` type's methods.
export function installBool(): void {}
