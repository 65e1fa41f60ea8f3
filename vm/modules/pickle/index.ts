// The Python-facing `pickle` module, and the TypeScript API the thread layer uses to move values between VMs.
import { None, MISSING } from '../../runtime/object.js';
import { PyBytes } from '../../runtime/types.js';
import { nativeKw, arg, checkKw } from '../../runtime/natives.js';
import { typeErr } from '../../runtime/exceptions.js';
import { truthy } from '../../runtime/operators.js';
import { call1 } from '../../runtime/call.js';
import { getAttrOrMissing } from '../../runtime/attributes.js';
import type { ImportHost } from '../../runtime/imports.js';
import type { ModuleDef, PyModule } from '../../runtime/module.js';
import { HIGHEST_PROTOCOL, DEFAULT_PROTOCOL } from './opcodes.js';
import { Pickler } from './writer.js';
import { Unpickler } from './reader.js';
import { makePicklerTypes, protocolArg, bytesArg, loadOptions, loadFromFile } from './classes.js';
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
    const { Pickler: PicklerType, Unpickler: UnpicklerType } = makePicklerTypes(vm);
    d.Pickler = PicklerType;
    d.Unpickler = UnpicklerType;

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
      const [fix, enc] = loadOptions('loads', kw);
      return new Unpickler(vm, data, fix, enc).load();
    });

    d.load = nativeKw('load', (args, kw) => {
      checkKw('load', kw, ['file', 'fix_imports', 'encoding', 'errors', 'buffers']);
      if (args.length > 1) throw typeErr(`load() takes exactly 1 positional argument (${args.length} given)`);
      const file = arg(args, kw, 0, 'file');
      if (file === undefined) throw typeErr("load() missing required argument 'file' (pos 1)");
      const [fix, enc] = loadOptions('load', kw);
      return loadFromFile(vm, file, fix, enc, null);
    });
  },
};
