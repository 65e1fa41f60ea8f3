// Iterator and generator objects as Python sees them: __iter__/__next__, send/throw/close.
import { None, PyType } from '../object.js';
import { iteratorType, generatorType, PyIterator, PyGenerator, stopFor, RangeIter, SeqIter, ListIter } from '../iteration.js';
import { NotImplemented, PyObject, makeBuiltinType, objectType, TypeFlags } from '../object.js';
import { defMethod } from '../natives.js';
import { PyGetSet } from '../function.js';
import { PyBaseException, isExcType, typeErr } from '../exceptions.js';
import { callSlow } from '../call.js';
import { objectId } from './object.js';
import { installCode } from './function.js';
import { installTraceback } from './exception.js';

/** A minimal frame object (gi_frame): the code's name, file and first line. */
export class PyFrame extends PyObject {
  constructor(readonly code: any) {
    super();
  }
}
const frameType = makeBuiltinType('frame', objectType, PyFrame, TypeFlags.None);
frameType.dict.f_lineno = new PyGetSet('f_lineno', (f: PyFrame) => f.code.firstlineno);
frameType.dict.co_name = new PyGetSet('co_name', (f: PyFrame) => f.code.name);
frameType.dict.co_filename = new PyGetSet('co_filename', (f: PyFrame) => f.code.filename);

export function installIterators(): void {
  for (const t of [iteratorType, generatorType]) {
    defMethod(t, '__iter__', (self: any) => self);
    defMethod(t, '__next__', (self: PyIterator) => {
      const v = self.$next();
      if (v === undefined) throw stopFor(self);
      return v;
    });
    defMethod(t, '__length_hint__', (self: any) => {
      if (self instanceof RangeIter) return Math.max(0, Math.ceil((self.stop - self.i) / self.step));
      if (self instanceof SeqIter) return Math.max(0, self.a.length - self.i);
      if (self instanceof ListIter) return Math.max(0, self.l.a.length - self.i);
      return NotImplemented;
    });
  }
  const g = generatorType;
  defMethod(g, 'send', (self: PyGenerator, v: any) => self.send(v));
  defMethod(g, 'throw', (self: PyGenerator, t: any, v?: any, _tb?: any) => {
    let e = t;
    if (isExcType(t)) e = v === undefined || v === None ? callSlow(t, [], null, null) : v instanceof PyBaseException ? v : callSlow(t, [v], null, null);
    if (!(e instanceof PyBaseException)) throw typeErr('exceptions must be classes or instances deriving from BaseException, not ' + (e.$cls as PyType).name);
    return self.throwInto(e);
  }, 2, 4);
  defMethod(g, 'close', (self: PyGenerator) => {
    self.close();
    return None;
  });
  defMethod(g, '__repr__', (self: PyGenerator) => `<generator object ${self.code.qualname} at 0x${objectId(self).toString(16)}>`);
  g.dict.gi_running = new PyGetSet('gi_running', (o: PyGenerator) => o.running);
  g.dict.gi_frame = new PyGetSet('gi_frame', (o: PyGenerator) => (o.done ? None : new PyFrame(o.code)));
  g.dict.gi_code = new PyGetSet('gi_code', (o: PyGenerator) => new PyFrame(o.code));
  g.dict.__name__ = new PyGetSet('__name__', (o: PyGenerator) => o.code.name);
  g.dict.__qualname__ = new PyGetSet('__qualname__', (o: PyGenerator) => o.code.qualname);
  installCode();
  installTraceback();
}
