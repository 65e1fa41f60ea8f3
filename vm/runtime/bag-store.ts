// A dict storage that reads and writes an attribute bag, so `obj.__dict__` and `globals()` are live views
// of the same JS object the generated code reads with plain property access.
import type { AttrBag } from './object.js';
import type { DictStorage } from './types.js';

export class BagStore implements DictStorage {
  constructor(readonly bag: AttrBag, readonly onBadKey: (k: any) => never) {}

  get size(): number {
    return Object.keys(this.bag).length;
  }
  get(k: any): any {
    return typeof k === 'string' && Object.prototype.hasOwnProperty.call(this.bag, k) ? this.bag[k] : undefined;
  }
  has(k: any): boolean {
    return typeof k === 'string' && Object.prototype.hasOwnProperty.call(this.bag, k);
  }
  set(k: any, v: any): void {
    if (typeof k !== 'string') this.onBadKey(k);
    this.bag[k] = v;
  }
  delete(k: any): any {
    if (!this.has(k)) return undefined;
    const v = this.bag[k];
    delete this.bag[k];
    return v;
  }
  clear(): void {
    for (const k of Object.keys(this.bag)) delete this.bag[k];
  }
  keys(): Iterable<any> {
    return Object.keys(this.bag);
  }
  *entries(): Iterable<[any, any]> {
    for (const k of Object.keys(this.bag)) yield [k, this.bag[k]];
  }
}
