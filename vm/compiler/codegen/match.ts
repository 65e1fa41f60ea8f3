// `match` statements: each case pattern becomes a JS boolean expression that tests the subject and binds
// capture names as it goes; cases are an if/else-if chain.
import type { Compiler } from './compiler.js';
import { FnCtx, jsStr } from './context.js';
import { condition } from './expr.js';

function bindExpr(c: Compiler, name: string, value: string, fc: FnCtx): string {
  return `(${c.storeName(name, value, fc).replace(/;$/, '')}, true)`;
}

function pattern(c: Compiler, p: any, subj: string, fc: FnCtx): string {
  switch (p._type) {
    case 'MatchValue':
      return `$eqB(${subj}, ${c.expr(p.value, fc)})`;
    case 'MatchSingleton': {
      const v = p.value.t === 'None' ? 'None' : p.value.v ? 'true' : 'false';
      return `(${subj} === ${v})`;
    }
    case 'MatchAs': {
      if (p.pattern === null) return p.name === null ? 'true' : bindExpr(c, p.name, subj, fc);
      const inner = pattern(c, p.pattern, subj, fc);
      return p.name === null ? inner : `(${inner} && ${bindExpr(c, p.name, subj, fc)})`;
    }
    case 'MatchOr':
      return `(${p.patterns.map((q: any) => pattern(c, q, subj, fc)).join(' || ')})`;
    case 'MatchSequence': {
      const pats = p.patterns;
      const star = pats.findIndex((q: any) => q._type === 'MatchStar');
      const arr = fc.tmp();
      const min = star < 0 ? pats.length : pats.length - 1;
      const parts = [`(${arr} = $matchSeq(${subj}, ${min}, ${star >= 0})) !== null`];
      pats.forEach((q: any, i: number) => {
        if (i === star) {
          if (q.name !== null)
            parts.push(bindExpr(c, q.name, `$list(${arr}.slice(${i}, ${arr}.length - ${pats.length - i - 1}))`, fc));
          return;
        }
        const idx = star >= 0 && i > star ? `${arr}.length - ${pats.length - i}` : `${i}`;
        const item = fc.tmp();
        parts.push(`((${item} = ${arr}[${idx}]), ${pattern(c, q, item, fc)})`);
      });
      return `(${parts.join(' && ')})`;
    }
    case 'MatchMapping': {
      const parts = [`$matchIsMapping(${subj})`];
      const keys = p.keys.map((k: any) => c.expr(k, fc));
      p.keys.forEach((_k: any, i: number) => {
        const v = fc.tmp();
        parts.push(`(${v} = $matchGet(${subj}, ${keys[i]})) !== undefined && ${pattern(c, p.patterns[i], v, fc)}`);
      });
      if (p.rest) parts.push(bindExpr(c, p.rest, `$matchRest(${subj}, [${keys.join(', ')}])`, fc));
      return `(${parts.join(' && ')})`;
    }
    case 'MatchClass': {
      const cls = fc.tmp();
      const parts = [`$matchClass(${subj}, ${cls} = ${c.expr(p.cls, fc)})`];
      if (p.patterns.length) {
        const names = fc.tmp();
        parts.push(`((${names} = $matchArgs(${cls}, ${subj}, ${p.patterns.length})), true)`);
        p.patterns.forEach((q: any, i: number) => {
          const v = fc.tmp();
          parts.push(`(${v} = $matchAttr(${subj}, ${names}[${i}], ${cls})) !== undefined && ${pattern(c, q, v, fc)}`);
        });
      }
      p.kwd_attrs.forEach((a: string, i: number) => {
        const v = fc.tmp();
        parts.push(`(${v} = $matchAttr(${subj}, ${jsStr(a)}, null)) !== undefined && ${pattern(c, p.kwd_patterns[i], v, fc)}`);
      });
      return `(${parts.join(' && ')})`;
    }
    case 'MatchStar':
      throw c.syntaxError(p, 'can use starred expression only as assignment target');
  }
  throw new Error(`unknown pattern ${p._type}`);
}

export function compileMatch(c: Compiler, s: any, fc: FnCtx): void {
  const subj = fc.tmp();
  fc.emit(`${subj} = ${c.expr(s.subject, fc)};`);
  let first = true;
  for (const mc of s.cases) {
    let test = pattern(c, mc.pattern, subj, fc);
    if (mc.guard) test = `${test} && ${condition(c, mc.guard, fc)}`;
    fc.emit(`${first ? '' : 'else '}if (${test}) {`);
    first = false;
    fc.block(() => c.stmts(mc.body, fc));
    fc.emit('}');
  }
}
