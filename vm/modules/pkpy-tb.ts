// `_pkpy_tb`: the native half of the `traceback` module (vm/modules/pylib/traceback.py): CPython-style
// traceback text for an exception, including its __cause__/__context__ chain.
import { None } from '../runtime/object.js';
import { native } from '../runtime/natives.js';
import { PyBaseException, SyntaxError, typeErr } from '../runtime/exceptions.js';
import { formatException } from '../runtime/traceback.js';
import { typeOf } from '../runtime/typeof.js';
import { str } from '../runtime/convert.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';

function onlyLine(e: PyBaseException): string {
  const full = formatException(Object.assign(Object.create(Object.getPrototypeOf(e)), e, { tb: [], cause: None, context: None }), () => undefined);
  return full;
}

export const pkpyTbModule: ModuleDef = {
  name: '_pkpy_tb',
  init(mod: PyModule, vm: any) {
    const d = mod.$d!;
    d.format_exception = native('format_exception', (e: any) => {
      if (!(e instanceof PyBaseException)) throw typeErr(`expected an exception, not ${typeOf(e).name}`);
      return formatException(e, vm.sourceLine);
    });
    // the source line traceback.extract_tb shows (the VM keeps the text of everything it compiled)
    d.source_line = native('source_line', (filename: any, line: any) => {
      const text = typeof filename === 'string' && typeof line === 'number' ? vm.sourceLine(filename, line) : undefined;
      return text === undefined ? None : text;
    });
    d.format_exception_only = native('format_exception_only', (e: any) => {
      if (!(e instanceof PyBaseException)) throw typeErr(`expected an exception, not ${typeOf(e).name}`);
      if (e.$cls.isSubtypeOf(SyntaxError)) return onlyLine(e);
      const t = typeOf(e);
      const mod = t.module;
      const name = mod && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname;
      const msg = str(e);
      return `${msg === '' ? name : `${name}: ${msg}`}\n`;
    });
  },
};
