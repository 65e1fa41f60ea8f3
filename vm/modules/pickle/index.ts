// The Python-facing `pickle` module, and the TypeScript API the thread layer uses to move values between VMs.
import { None, MISSING } from '../../runtime/object.js';
import { PyBytes, PyByteArray, PyBoxed } from '../../runtime/types.js';
import { nativeKw, arg, checkKw } from '../../runtime/natives.js';
import { typeErr, valueErr } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { index } from '../../runtime/convert.js';
import { truthy } from '../../runtime/operators.js';
import { call0, call1 } from '../../runtime/call.js';
import { getAttr, getAttrOrMissing } from '../../runtime/attributes.js';
import type { ImportHost } from '../../runtime/imports.js';
import type { ModuleDef, PyModule } from '../../runtime/module.js';
import { HIGHEST_PROTOCOL, DEFAULT_PROTOCOL } from './opcodes.js';
import { Pickler } from './writer.js';
import { Unpickler, StringEncoding } from './reader.js';
import { pickleErrorTypes } from './errors.js';

export { HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, pickleErrorTypes };
export { copyregModule } from './copyreg.js';

/** Pickles a Python value (protocol 4 by default) for another VM. Raises Python exceptions. */
export function pickleDumps(vm: ImportHost, value: any, protocol: number = DEFAULT_PROTOCOL): Uint8Array {
  return new Pickler(vm, protocol).dump(value);
}

/** Rebuilds a Python value from pickle bytes (any protocol). Raises Python exceptions. */
export function pickleLoads(vm: ImportHost, bytes: Uint8Array): any {
  return new Unpickler(vm, bytes).load();
}

function protocolArg(p: any): number {
  if (p === undefined || p === None) return DEFAULT_PROTOCOL;
  const v = index(p);
  const n = typeof v === 'bigint' ? (v < 0n ? -1 : HIGHEST_PROTOCOL + 1) : v;
  if (n < 0) return HIGHEST_PROTOCOL;
  if (n > HIGHEST_PROTOCOL) throw valueErr(`pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  return n;
}

function bytesArg(data: any): Uint8Array {
  if (data instanceof PyBytes) return data.b;
  if (data instanceof PyByteArray) return data.b.subarray(0, data.n);
  if (data instanceof PyBoxed && data.v instanceof Uint8Array) return data.v;
  const b = (data as any)?.b;
  if (b instanceof Uint8Array) return b;
  throw typeErr(`a bytes-like object is required, not '${typeOf(data).name}'`);
}

function encodingArgs(fname: string, args: any[], kw: Record<string, any> | null, first: number): [boolean, StringEncoding] {
  const fix = arg(args, kw, first, 'fix_imports');
  const encoding = arg(args, kw, first + 1, 'encoding') ?? 'ASCII';
  const errors = arg(args, kw, first + 2, 'errors') ?? 'strict';
  if (typeof encoding !== 'string') throw typeErr(`${fname}() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
  if (typeof errors !== 'string') throw typeErr(`${fname}() argument 'errors' must be str, not ${typeOf(errors).name}`);
  const buffers = arg(args, kw, first + 3, 'buffers');
  void buffers;
  return [fix === undefined ? true : truthy(fix), { encoding, errors }];
}

export const pickleModule: ModuleDef = {
  name: 'pickle',
  init(mod: PyModule, vm: ImportHost) {
    const d = mod.$d!;
    const { PickleError, PicklingError, UnpicklingError } = pickleErrorTypes();
    d.__doc__ = 'Create portable serialized representations of Python objects.';
    d.PickleError = PickleError;
    d.PicklingError = PicklingError;
    d.UnpicklingError = UnpicklingError;
    d.HIGHEST_PROTOCOL = HIGHEST_PROTOCOL;
    d.DEFAULT_PROTOCOL = DEFAULT_PROTOCOL;

    const dumpsImpl = (obj: any, protocol: any, fix: any): PyBytes =>
      new PyBytes(new Pickler(vm, protocolArg(protocol), fix === undefined ? true : truthy(fix)).dump(obj));

    d.dumps = nativeKw('dumps', (args, kw) => {
      checkKw('dumps', kw, ['obj', 'protocol', 'fix_imports', 'buffer_callback']);
      if (args.length > 2) throw typeErr(`dumps() takes at most 2 positional arguments (${args.length} given)`);
      const obj = arg(args, kw, 0, 'obj');
      if (obj === undefined) throw typeErr("dumps() missing required argument 'obj' (pos 1)");
      return dumpsImpl(obj, arg(args, kw, 1, 'protocol'), kw?.fix_imports);
    });

    d.dump = nativeKw('dump', (args, kw) => {
      checkKw('dump', kw, ['obj', 'file', 'protocol', 'fix_imports', 'buffer_callback']);
      if (args.length > 3) throw typeErr(`dump() takes at most 3 positional arguments (${args.length} given)`);
      const obj = arg(args, kw, 0, 'obj');
      const file = arg(args, kw, 1, 'file');
      if (obj === undefined) throw typeErr("dump() missing required argument 'obj' (pos 1)");
      if (file === undefined) throw typeErr("dump() missing required argument 'file' (pos 2)");
      const write = getAttrOrMissing(file, 'write');
      if (write === MISSING) throw typeErr('file must have a \'write\' attribute');
      call1(write, dumpsImpl(obj, arg(args, kw, 2, 'protocol'), kw?.fix_imports));
      return None;
    });

    d.loads = nativeKw('loads', (args, kw) => {
      if (args.length !== 1) throw typeErr(`loads() takes exactly 1 positional argument (${args.length} given)`);
      checkKw('loads', kw, ['fix_imports', 'encoding', 'errors', 'buffers']);
      const data = bytesArg(args[0]);
      const [fix, enc] = encodingArgs('loads', [], kw, 0);
      return new Unpickler(vm, data, fix, enc).load();
    });

    d.load = nativeKw('load', (args, kw) => {
      checkKw('load', kw, ['file', 'fix_imports', 'encoding', 'errors', 'buffers']);
      if (args.length > 1) throw typeErr(`load() takes exactly 1 positional argument (${args.length} given)`);
      const file = arg(args, kw, 0, 'file');
      if (file === undefined) throw typeErr("load() missing required argument 'file' (pos 1)");
      const [fix, enc] = encodingArgs('load', [], kw, 0);
      const read = getAttrOrMissing(file, 'read');
      if (read === MISSING) throw typeErr("file must have 'read' and 'readline' attributes");
      const data = bytesArg(call0(read));
      const u = new Unpickler(vm, data, fix, enc);
      const v = u.load();
      // Leave the file positioned just after this pickle, so several pickles can be read in turn.
      const rest = data.length - u.consumed;
      if (rest > 0) {
        const seek = getAttrOrMissing(file, 'seek');
        const tell = getAttrOrMissing(file, 'tell');
        if (seek !== MISSING && tell !== MISSING) {
          const here = index(call0(tell));
          call1(seek, typeof here === 'bigint' ? here - BigInt(rest) : here - rest);
        }
      }
      return v;
    });
    void getAttr;
  },
};
