// pickle's exception classes (shared by every VM, like the built-in exceptions) and helpers to raise them.
import { typeType, PyType } from '../../runtime/object.js';
import { PyDict } from '../../runtime/types.js';
import { DictStore } from '../../runtime/hash-store.js';
import { Exception, PyBaseException } from '../../runtime/exceptions.js';
import { createClass } from '../../runtime/classes.js';

/** The `__module__` of the exception classes. (CPython's are `_pickle.PickleError` etc.) */
export const EXC_MODULE = 'pickle';

function makeExc(name: string, base: PyType, doc: string): PyType {
  const ns = new PyDict(new DictStore());
  ns.s.set('__module__', EXC_MODULE);
  ns.s.set('__qualname__', name);
  ns.s.set('__doc__', doc);
  return createClass(typeType, name, [base], ns);
}

let types: { PickleError: PyType; PicklingError: PyType; UnpicklingError: PyType } | undefined;

/** The three exception classes, created on first use (after the runtime is bootstrapped). */
export function pickleErrorTypes(): { PickleError: PyType; PicklingError: PyType; UnpicklingError: PyType } {
  if (types === undefined) {
    const PickleError = makeExc('PickleError', Exception, 'A common base class for the other pickling exceptions.');
    const PicklingError = makeExc(
      'PicklingError',
      PickleError,
      'This exception is raised when an unpicklable object is passed to the\ndump() method.',
    );
    const UnpicklingError = makeExc(
      'UnpicklingError',
      PickleError,
      'This exception is raised when there is a problem unpickling an object,\nsuch as a security violation.\n\nNote that other exceptions may also be raised during unpickling, including\n(but not necessarily limited to) AttributeError, EOFError, ImportError,\nand IndexError.',
    );
    types = { PickleError, PicklingError, UnpicklingError };
  }
  return types;
}

export function picklingError(msg: string): PyBaseException {
  return new PyBaseException(pickleErrorTypes().PicklingError, [msg]);
}

export function unpicklingError(msg: string): PyBaseException {
  return new PyBaseException(pickleErrorTypes().UnpicklingError, [msg]);
}
