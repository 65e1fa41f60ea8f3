// pickle's TypeScript API, for the modules that exchange pickle bytes (pkpy's ComputeThread). The module registry
// fills it in when the build includes pickle (optional.ts); a file of its own so neither side imports the other.
export const pickleCodec: { dumps: ((vm: any, value: any) => Uint8Array) | null; loads: ((vm: any, bytes: Uint8Array) => any) | null } = {
  dumps: null,
  loads: null,
};
