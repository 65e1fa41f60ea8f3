// CPython-style traceback text for an exception, including its __cause__/__context__ chain.
import { PyType, None } from './object.js';
import { PyBaseException, SyntaxError } from './exceptions.js';
import { typeOf } from './typeof.js';
import { str } from './convert.js';

/** Source lines by filename, so tracebacks can show the offending line. */
export type LineSource = (filename: string, line: number) => string | undefined;

function excHeader(e: PyBaseException): string {
  const t: PyType = typeOf(e);
  const mod = t.module;
  const name = mod && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${t.qualname}` : mod === '__main__' ? `__main__.${t.qualname}` : t.qualname;
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

function syntaxDetail(e: PyBaseException): string[] {
  const d = e.$d!;
  const out: string[] = [];
  const file = d.filename !== undefined && d.filename !== None ? str(d.filename) : '<string>';
  const line = d.lineno !== undefined && d.lineno !== None ? d.lineno : undefined;
  out.push(`  File "${file}"${line !== undefined ? `, line ${line}` : ''}`);
  const text = d.text;
  if (typeof text === 'string' && text.length) {
    const raw = text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const cut = raw.length - stripped.length;
    out.push(`    ${stripped}`);
    const off = typeof d.offset === 'number' ? d.offset : undefined;
    if (off !== undefined && off > 0) {
      let end = typeof d.end_offset === 'number' && d.end_lineno === d.lineno && d.end_offset > off ? d.end_offset : off + 1;
      const start = Math.max(0, off - 1 - cut);
      end = Math.max(start + 1, end - 1 - cut);
      out.push(`    ${' '.repeat(start)}${'^'.repeat(end - start)}`);
    }
  }
  const msg = d.msg !== undefined ? str(d.msg) : e.args.a.length ? str(e.args.a[0]) : '';
  out.push(`${typeOf(e).name}: ${msg}`);
  return out;
}

function formatOne(e: PyBaseException, lines: LineSource): string[] {
  const out: string[] = [];
  if (e.tb.length) {
    out.push('Traceback (most recent call last):');
    for (let i = e.tb.length - 1; i >= 0; i--) {
      const t = e.tb[i];
      out.push(`  File "${t.filename}", line ${t.line}, in ${t.name}`);
      const src = lines(t.filename, t.line);
      if (src !== undefined && src.trim() !== '') out.push(`    ${src.trim()}`);
    }
  }
  if (e.$cls.isSubtypeOf(SyntaxError) && e.$d!.lineno !== undefined) out.push(...syntaxDetail(e));
  else out.push(excHeader(e));
  const notes = e.$d!.__notes__;
  if (notes && notes.a) for (const n of notes.a) out.push(str(n));
  return out;
}

/** The full text traceback.print_exception prints (ends with a newline). */
export function formatException(e: PyBaseException, lines: LineSource): string {
  const chain: string[][] = [];
  const seen = new Set<PyBaseException>();
  let cur: PyBaseException | undefined = e;
  const parts: string[] = [];
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    chain.push(formatOne(cur, lines));
    const cause: any = cur.cause;
    const ctx: any = cur.context;
    if (cause instanceof PyBaseException) {
      chain.push(['', 'The above exception was the direct cause of the following exception:', '']);
      cur = cause;
    } else if (ctx instanceof PyBaseException && !cur.suppressContext) {
      chain.push(['', 'During handling of the above exception, another exception occurred:', '']);
      cur = ctx;
    } else cur = undefined;
  }
  for (let i = chain.length - 1; i >= 0; i--) parts.push(...chain[i]);
  return parts.join('\n') + '\n';
}
