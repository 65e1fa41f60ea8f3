// open(): whole-file text and binary I/O through the VM's file host (Node). Files are read eagerly on open
// and written on close/flush, which is what game scripts need (config, saves, data files).
import { None, makeBuiltinType, objectType, TypeFlags, newAttrBag } from '../../runtime/object.js';
import { PyBytes, PyList } from '../../runtime/types.js';
import { arg, checkKw, defMethod } from '../../runtime/natives.js';
import { typeErr, valueErr, exc, OSError, FileNotFoundError, PyBaseException, stopIteration } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { toArray } from '../../runtime/iteration.js';
import { PyIterator } from '../../runtime/iteration.js';

export class PyFile extends PyIterator {
  pos = 0;
  closed = false;
  dirty = false;
  constructor(
    readonly vm: any,
    readonly path: string,
    readonly mode: string,
    public text: string,
    public bytes: Uint8Array,
    readonly binary: boolean,
  ) {
    super();
    this.$d = newAttrBag();
  }
  $next(): any {
    const line = readLine(this);
    return line === '' || (line instanceof PyBytes && line.b.length === 0) ? undefined : line;
  }
}
export const fileType = makeBuiltinType('TextIOWrapper', objectType, PyFile, TypeFlags.HasDict);
fileType.module = '_io';

function check(f: PyFile): void {
  if (f.closed) throw valueErr('I/O operation on closed file.');
}
function readLine(f: PyFile): any {
  check(f);
  if (f.binary) {
    const b = f.bytes;
    let i = f.pos;
    while (i < b.length && b[i] !== 10) i++;
    const end = Math.min(b.length, i + 1);
    const out = b.slice(f.pos, end);
    f.pos = end;
    return new PyBytes(out);
  }
  const i = f.text.indexOf('\n', f.pos);
  const end = i < 0 ? f.text.length : i + 1;
  const out = f.text.slice(f.pos, end);
  f.pos = end;
  return out;
}
function flushFile(f: PyFile): void {
  if (!f.dirty) return;
  const data = f.binary ? f.bytes : new TextEncoder().encode(f.text);
  f.vm.options.files.write(f.path, data, false);
  f.dirty = false;
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  const t = fileType;
  defMethod(t, 'read', (f: PyFile, n: any = -1) => {
    check(f);
    if (f.binary) {
      const end = n === -1 || n === None ? f.bytes.length : Math.min(f.bytes.length, f.pos + n);
      const out = f.bytes.slice(f.pos, end);
      f.pos = end;
      return new PyBytes(out);
    }
    const end = n === -1 || n === None ? f.text.length : Math.min(f.text.length, f.pos + n);
    const out = f.text.slice(f.pos, end);
    f.pos = end;
    return out;
  }, 1, 2);
  defMethod(t, 'readline', (f: PyFile) => readLine(f));
  defMethod(t, 'readlines', (f: PyFile) => {
    const out: any[] = [];
    for (let l = f.$next(); l !== undefined; l = f.$next()) out.push(l);
    return new PyList(out);
  });
  defMethod(t, 'write', (f: PyFile, s: any) => {
    check(f);
    if (!/[wax+]/.test(f.mode)) throw exc(OSError, 'not writable');
    if (f.binary) {
      if (!(s instanceof PyBytes)) throw typeErr(`a bytes-like object is required, not '${typeOf(s).name}'`);
      const nb = new Uint8Array(f.bytes.length + s.b.length);
      nb.set(f.bytes);
      nb.set(s.b, f.bytes.length);
      f.bytes = nb;
      f.dirty = true;
      return s.b.length;
    }
    if (typeof s !== 'string') throw typeErr(`write() argument must be str, not ${typeOf(s).name}`);
    f.text += s;
    f.dirty = true;
    return s.length;
  });
  defMethod(t, 'writelines', (f: PyFile, lines: any) => {
    for (const l of toArray(lines)) (t.dict.write as any).$fn(f, l);
    return None;
  });
  defMethod(t, 'flush', (f: PyFile) => {
    flushFile(f);
    return None;
  });
  defMethod(t, 'close', (f: PyFile) => {
    if (!f.closed) flushFile(f);
    f.closed = true;
    return None;
  });
  defMethod(t, '__enter__', (f: PyFile) => f);
  defMethod(t, '__exit__', (f: PyFile, ..._a: any[]) => {
    if (!f.closed) flushFile(f);
    f.closed = true;
    return None;
  }, 1, 4);
  defMethod(t, '__iter__', (f: PyFile) => f);
  defMethod(t, '__next__', (f: PyFile) => {
    const v = f.$next();
    if (v === undefined) throw stopIteration();
    return v;
  });
}

export function openFile(vm: any, args: any[], kw: Record<string, any> | null): PyFile {
  install();
  checkKw('open', kw, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline']);
  const file = arg(args, kw, 0, 'file');
  const mode: string = arg(args, kw, 1, 'mode') ?? 'r';
  if (typeof file !== 'string') throw typeErr(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  const files = vm.options.files;
  if (!files) throw exc(OSError, 'open() is not available in this environment (no file system)');
  const binary = mode.includes('b');
  let bytes = new Uint8Array(0);
  if (mode.includes('r') || mode.includes('a')) {
    if (!files.exists(file)) {
      if (mode.includes('r')) {
        const e = new PyBaseException(FileNotFoundError, [2, 'No such file or directory']);
        e.$d!.filename = file;
        throw e;
      }
    } else bytes = files.read(file);
  }
  const f = new PyFile(vm, file, mode, binary ? '' : new TextDecoder().decode(bytes), bytes, binary);
  if (mode.includes('w')) {
    f.dirty = true;
    flushFile(f);
  }
  if (mode.includes('a')) f.pos = binary ? bytes.length : f.text.length;
  return f;
}
