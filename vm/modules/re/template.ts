// Python replacement templates (re.sub / Match.expand), as re._parser.parse_template in CPython 3.11.

import { MAXGROUPS, ReError, Tokenizer, cpLen, isIdentifier, pyIntOrNull, pyRepr } from './translate';

/**
 * A parsed template: `parts` alternates literal strings and group numbers (numbers are group references).
 * `literal` is the whole result when the template has no group references.
 */
export interface ReplTemplate {
  parts: (string | number)[];
  literal: string | null;
}

const ESCAPE_CHARS: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';

function isDigitTok(t: string | null, set: string): boolean {
  return t !== null && t.length === 1 && set.includes(t);
}

/**
 * Parses `repl` for a pattern with `groups` capturing groups and the given names.
 * Throws ReError (kind 'error', or 'IndexError' for an unknown group name).
 */
export function parseTemplate(
  repl: string,
  groups: number,
  groupNames: Map<string, number>,
  isBytes = false,
): ReplTemplate {
  if (!repl.includes('\\')) return { parts: [repl], literal: repl };
  const s = new Tokenizer(repl, !isBytes);
  const parts: (string | number)[] = [];
  let lit = '';
  let hasGroups = false;
  const addgroup = (index: number, pos: number) => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (lit) parts.push(lit);
    lit = '';
    parts.push(index);
    hasGroups = true;
  };
  for (;;) {
    let tok = s.get();
    if (tok === null) break;
    if (tok[0] === '\\' && tok.length > 1) {
      const c = tok.slice(1);
      if (c === 'g') {
        if (!s.match('<')) throw s.error('missing <');
        const name = s.getuntil('>', 'group name');
        let index: number;
        if (isIdentifier(name)) {
          const g = groupNames.get(name);
          if (g === undefined) throw new ReError(`unknown group name ${pyRepr(name)}`, null, null, 'IndexError');
          index = g;
        } else {
          const v = pyIntOrNull(name);
          if (v === null) throw s.error(`bad character in group name ${pyRepr(name)}`, cpLen(name) + 1);
          index = v;
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cpLen(name) + 1);
        }
        addgroup(index, cpLen(name) + 1);
      } else if (c === '0') {
        if (isDigitTok(s.next, OCTDIGITS)) {
          tok += s.get()!;
          if (isDigitTok(s.next, OCTDIGITS)) tok += s.get()!;
        }
        lit += String.fromCharCode(parseInt(tok.slice(1), 8) & 0xff);
      } else if (c.length === 1 && DIGITS.includes(c)) {
        let isoctal = false;
        if (isDigitTok(s.next, DIGITS)) {
          tok += s.get()!;
          if (OCTDIGITS.includes(c) && OCTDIGITS.includes(tok[2]) && isDigitTok(s.next, OCTDIGITS)) {
            tok += s.get()!;
            isoctal = true;
            const v = parseInt(tok.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${tok} outside of range 0-0o377`, tok.length);
            lit += String.fromCharCode(v);
          }
        }
        if (!isoctal) addgroup(parseInt(tok.slice(1), 10), tok.length - 1);
      } else {
        const e = ESCAPE_CHARS[c];
        if (e !== undefined) lit += e;
        else {
          if (/^[A-Za-z]$/.test(c)) throw s.error(`bad escape ${tok}`, tok.length);
          lit += tok;
        }
      }
    } else lit += tok;
  }
  if (lit || !parts.length) parts.push(lit);
  if (!hasGroups) return { parts, literal: parts.join('') };
  return { parts, literal: null };
}

/** Expands a template; `group(g)` returns the text of group g or undefined when it did not participate. */
export function expandTemplate(t: ReplTemplate, group: (g: number) => string | undefined): string {
  if (t.literal !== null) return t.literal;
  let out = '';
  for (const p of t.parts) out += typeof p === 'number' ? (group(p) ?? '') : p;
  return out;
}
