// Float to decimal text as CPython's PyOS_double_to_string does it: correctly rounded digits (half-even
// on exact ties) for the 'e', 'f', 'g' and repr ('r') modes, then CPython's layout rules (format_float_short).
// The common cases use JS toFixed/toExponential, which are correctly rounded except that they break exact
// ties upwards; values that could be an exact tie (and huge precisions) take an exact BigInt path.

/** Decimal digits (no trailing zeros; '0' for zero) and the decimal point position: value = 0.DIGITS * 10**e. */
interface Digits {
  d: string;
  e: number;
}

const ZERO: Digits = { d: '0', e: 1 };

function stripZeros(s: string): string {
  let n = s.length;
  while (n > 1 && s.charCodeAt(n - 1) === 48) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** Exact decimal expansion of a finite x > 0. */
function exactDigits(x: number): Digits {
  if (Number.isInteger(x)) {
    const s = x <= 9007199254740991 ? String(x) : BigInt(x).toString();
    return { d: stripZeros(s), e: s.length };
  }
  let m = x;
  let e2 = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e2++;
  }
  const s = (BigInt(m) * 5n ** BigInt(e2)).toString();
  return { d: stripZeros(s), e: s.length - e2 };
}

/** Rounds exact digits to `keep` leading digits, half to even. */
function roundDigits(x: Digits, keep: number): Digits {
  const d = x.d;
  if (keep >= d.length) return x;
  if (keep < 0) return ZERO;
  const r = d.charCodeAt(keep) - 48;
  const up = r > 5 || (r === 5 && (d.length > keep + 1 || (keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1)));
  let head = d.slice(0, keep);
  let e = x.e;
  if (up) {
    let i = head.length - 1;
    while (i >= 0 && head.charCodeAt(i) === 57) i--;
    if (i < 0) {
      head = '1';
      e++;
    } else head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  }
  head = stripZeros(head);
  if (head === '' || head === '0') return ZERO;
  return { d: head, e };
}

/** Shortest round-tripping digits (repr). */
function shortestDigits(x: number): Digits {
  const s = x.toExponential();
  const ep = s.indexOf('e');
  const mant = ep > 1 ? s[0] + s.slice(2, ep) : s.slice(0, ep);
  return { d: mant, e: parseInt(s.slice(ep + 1), 10) + 1 };
}

/** `n` significant digits (dtoa mode 2). */
function sigDigits(x: number, n: number): Digits {
  if (!Number.isInteger(x) && n <= 100) {
    const s = x.toExponential(n - 1);
    const ep = s.indexOf('e');
    const er = parseInt(s.slice(ep + 1), 10);
    // An exact tie needs exactly n+1 significant digits in x's expansion, i.e. x * 2**(n-E) integral.
    const k = n - er + 1;
    if (!(k >= 0 && k <= 1074 && Number.isInteger(x * 2 ** k))) {
      const mant = ep > 1 ? s[0] + s.slice(2, ep) : s.slice(0, ep);
      return { d: stripZeros(mant), e: er + 1 };
    }
  }
  return roundDigits(exactDigits(x), n);
}

/** Digits rounded to `p` places after the point (dtoa mode 3). */
function fixedDigits(x: number, p: number): Digits {
  if (Number.isInteger(x)) return exactDigits(x);
  if (p <= 100 && x < 1e21 && !Number.isInteger(x * 2 ** (p + 1))) {
    const s = x.toFixed(p);
    const dot = s.indexOf('.');
    let all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    let e = dot < 0 ? s.length : dot;
    let i = 0;
    while (i < all.length && all.charCodeAt(i) === 48) i++;
    if (i === all.length) return ZERO;
    all = all.slice(i);
    e -= i;
    return { d: stripZeros(all), e };
  }
  const ex = exactDigits(x);
  return roundDigits(ex, ex.e + p);
}

/**
 * PyOS_double_to_string(val, code, precision, flags): code is one of e E f F g G r. The result carries a
 * leading '-' for negative values (never '+'); nan/inf are 'nan'/'inf' (upper case for E F G).
 */
export function doubleToString(
  val: number,
  code: string,
  precision: number,
  alt: boolean,
  addDot0: boolean,
  noNegZero: boolean,
): string {
  let upper = false;
  let fc = code;
  if (fc === 'E' || fc === 'F' || fc === 'G') {
    upper = true;
    fc = fc.toLowerCase();
  }
  if (val !== val) return upper ? 'NAN' : 'nan';
  if (val === Infinity) return upper ? 'INF' : 'inf';
  if (val === -Infinity) return upper ? '-INF' : '-inf';
  let neg = val < 0 || Object.is(val, -0);
  const ax = Math.abs(val);
  let dg: Digits;
  switch (fc) {
    case 'e':
      precision++;
      dg = ax === 0 ? ZERO : sigDigits(ax, precision);
      break;
    case 'f':
      dg = ax === 0 ? ZERO : fixedDigits(ax, precision);
      break;
    case 'g':
      if (precision === 0) precision = 1;
      dg = ax === 0 ? ZERO : sigDigits(ax, precision);
      break;
    default:
      dg = ax === 0 ? ZERO : shortestDigits(ax);
      break;
  }
  const digits = dg.d;
  if (noNegZero && neg && digits === '0') neg = false;
  return (neg ? '-' : '') + layout(digits, dg.e, fc, precision, alt, addDot0, upper);
}

/** CPython's format_float_short layout of (digits, decpt). */
function layout(digits: string, decpt: number, fc: string, precision: number, alt: boolean, addDot0: boolean, upper: boolean): string {
  const dlen = digits.length;
  let vEnd = dlen;
  let useExp = false;
  switch (fc) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = '';
  if (decpt <= 0) out = '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else if (vStart < 0) out = '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= dlen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (dlen < decpt) out += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vEnd - decpt);
  else if (vEnd > dlen) out += '0'.repeat(vEnd - dlen);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}
