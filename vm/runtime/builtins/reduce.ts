// copyreg.__newobj__, which reduce tuples of plain instances name (see modules/pickle/reduce.ts).
import { PyType } from '../object.js';
import { native } from '../natives.js';
import { callSlow } from '../call.js';

/** copyreg.__newobj__(cls, *args) == cls.__new__(cls, *args) */
export const newobj = native(
  '__newobj__',
  (cls: any, ...args: any[]) => {
    const nf = (cls as PyType).lookup('__new__');
    return callSlow(nf.func ?? nf, [cls, ...args], null, null);
  },
  1,
  Infinity,
);
newobj.qualname = '__newobj__';
(newobj as any).module = 'copyreg';
