// Little-endian integers read out of pickle bytes (sizes, memo indices, BININT*). The unpickler used a DataView
// over its input for these, but making one costs about as much as unpickling a small value; it still makes one,
// lazily, for BINFLOAT, where a DataView read beats assembling the double by hand.

/** The little-endian unsigned 32-bit int at `p`. */
export function readU32LE(data: Uint8Array, p: number): number {
  return (data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24)) >>> 0;
}

/** The little-endian signed 32-bit int at `p`. */
export function readI32LE(data: Uint8Array, p: number): number {
  return data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24);
}

/** The little-endian unsigned 16-bit int at `p`. */
export function readU16LE(data: Uint8Array, p: number): number {
  return data[p] | (data[p + 1] << 8);
}
