// A port of CPython 3.11's list sort (Objects/listobject.c: count_run, binarysort, powersort merge
// ordering, galloping merge_lo/merge_hi with the adaptive min_gallop). It is the general path of list.sort
// (keys compared with a user __lt__, NaN, mixed types), where performing exactly CPython's comparisons in
// CPython's order matters: with an inconsistent order (NaN, a quirky __lt__) the result depends on them, a
// counting or printing __lt__ sees them, and an exception leaves the list in CPython's partial state. Small
// sorts of exact keys use it too, with a direct comparison.
//
// It sorts `idx`, a permutation of positions into `keys`, and compares `lt(keys[i], keys[j])`; the caller
// applies the permutation (also after an exception: every failure path leaves `idx` a full permutation).

export type LessThan = (x: any, y: any) => boolean;
/** A permutation of positions: typed for big sorts, a plain array for small ones (cheaper to make). */
export type Perm = Int32Array | number[];

const MIN_GALLOP = 7;

class MergeState {
  minGallop = MIN_GALLOP;
  /** The stack of pending runs: start position in idx, length, and powersort power. */
  readonly runBase: number[] = [];
  readonly runLen: number[] = [];
  readonly runPower: number[] = [];
  /** Scratch space for merges (CPython's ms->a). */
  readonly tmp: number[] = [];

  constructor(
    readonly idx: Perm,
    readonly keys: any[],
    readonly lt: LessThan,
  ) {}

  less(i: number, j: number): boolean {
    return this.lt(this.keys[i], this.keys[j]);
  }
}

/** Sorts idx[lo, hi) whose prefix [lo, start) is already sorted (binary insertion, stable). */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const idx = ms.idx;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = idx[r];
    do {
      const p = l + ((r - l) >> 1);
      if (ms.less(pivot, idx[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) idx[p] = idx[p - 1];
    idx[l] = pivot;
  }
}

/** Length of the run starting at lo: non-descending, or strictly descending (then `desc` is set). */
function countRun(ms: MergeState, lo: number, hi: number, desc: { v: boolean }): number {
  const idx = ms.idx;
  desc.v = false;
  lo++;
  if (lo === hi) return 1;
  let n = 2;
  if (ms.less(idx[lo], idx[lo - 1])) {
    desc.v = true;
    for (lo = lo + 1; lo < hi; lo++, n++) if (!ms.less(idx[lo], idx[lo - 1])) break;
  } else {
    for (lo = lo + 1; lo < hi; lo++, n++) if (ms.less(idx[lo], idx[lo - 1])) break;
  }
  return n;
}

function reverseRange(a: Perm, lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** Where `key` goes in the sorted a[base, base+n): leftmost position (before equal elements). */
function gallopLeft(ms: MergeState, key: number, a: ArrayLike<number>, base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (ms.less(a[base + hint], key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.less(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.less(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.less(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where `key` goes in the sorted a[base, base+n): rightmost position (after equal elements). */
function gallopRight(ms: MergeState, key: number, a: ArrayLike<number>, base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (ms.less(key, a[base + hint])) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.less(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.less(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.less(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na <= nb, copying the first run aside. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const idx = ms.idx;
  const tmp = ms.tmp;
  for (let i = 0; i < na; i++) tmp[i] = idx[pa + i];
  let dest = pa;
  let a = 0; // next of the first run, in tmp
  let b = pb; // next of the second run, in idx
  idx[dest++] = idx[b++];
  nb--;
  let copyB = nb !== 0 && na === 1;
  if (nb !== 0 && !copyB) {
    try {
      let minGallop = ms.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        // one pair at a time until one run wins consistently
        for (;;) {
          if (ms.less(idx[b], tmp[a])) {
            idx[dest++] = idx[b++];
            bcount++;
            acount = 0;
            if (--nb === 0) break outer;
            if (bcount >= minGallop) break;
          } else {
            idx[dest++] = tmp[a++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break outer;
            }
            if (acount >= minGallop) break;
          }
        }
        // galloping: copy whole stretches found by binary search
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(ms, idx[b], tmp, a, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) idx[dest + i] = tmp[a + i];
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break outer;
            }
            // na == 0 only happens with an inconsistent order
            if (na === 0) break outer;
          }
          idx[dest++] = idx[b++];
          if (--nb === 0) break outer;
          k = gallopLeft(ms, tmp[a], idx, b, nb, 0);
          bcount = k;
          if (k) {
            for (let i = 0; i < k; i++) idx[dest + i] = idx[b + i];
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) break outer;
          }
          idx[dest++] = tmp[a++];
          if (--na === 1) {
            copyB = true;
            break outer;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // penalize leaving galloping mode
        ms.minGallop = minGallop;
      }
    } catch (e) {
      for (let i = 0; i < na; i++) idx[dest + i] = tmp[a + i];
      throw e;
    }
  }
  if (copyB) {
    // the last element of the first run belongs at the end
    for (let i = 0; i < nb; i++) idx[dest + i] = idx[b + i];
    idx[dest + nb] = tmp[a];
  } else for (let i = 0; i < na; i++) idx[dest + i] = tmp[a + i];
}

/** Merges the adjacent runs [pa, pa+na) and [pb, pb+nb), na >= nb, copying the second run aside and
 * filling from the right. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const idx = ms.idx;
  const tmp = ms.tmp;
  for (let i = 0; i < nb; i++) tmp[i] = idx[pb + i];
  let dest = pb + nb - 1;
  let a = pa + na - 1; // last of the first run, in idx
  let b = nb - 1; // last of the second run, in tmp
  idx[dest--] = idx[a--];
  na--;
  let copyA = na !== 0 && nb === 1;
  if (na !== 0 && !copyA) {
    try {
      let minGallop = ms.minGallop;
      outer: for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (ms.less(tmp[b], idx[a])) {
            idx[dest--] = idx[a--];
            acount++;
            bcount = 0;
            if (--na === 0) break outer;
            if (acount >= minGallop) break;
          } else {
            idx[dest--] = tmp[b--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break outer;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = na - gallopRight(ms, tmp[b], idx, pa, na, na - 1);
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            for (let i = k; i >= 1; i--) idx[dest + i] = idx[a + i];
            na -= k;
            if (na === 0) break outer;
          }
          idx[dest--] = tmp[b--];
          if (--nb === 1) {
            copyA = true;
            break outer;
          }
          k = nb - gallopLeft(ms, idx[a], tmp, 0, nb, nb - 1);
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            for (let i = 1; i <= k; i++) idx[dest + i] = tmp[b + i];
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break outer;
            }
            // nb == 0 only happens with an inconsistent order
            if (nb === 0) break outer;
          }
          idx[dest--] = idx[a--];
          if (--na === 0) break outer;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    } catch (e) {
      for (let i = 0; i < nb; i++) idx[dest - (nb - 1) + i] = tmp[i];
      throw e;
    }
  }
  if (copyA) {
    // the first element of the second run belongs at the front
    for (let i = 0; i < na; i++) idx[dest - i] = idx[a - i];
    idx[dest - na] = tmp[b];
  } else for (let i = 0; i < nb; i++) idx[dest - (nb - 1) + i] = tmp[i];
}

/** Merges pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  let pa = ms.runBase[i];
  let na = ms.runLen[i];
  const pb = ms.runBase[i + 1];
  let nb = ms.runLen[i + 1];
  ms.runLen[i] = na + nb;
  ms.runBase.splice(i + 1, 1);
  ms.runLen.splice(i + 1, 1);
  ms.runPower.splice(i + 1, 1);
  const idx = ms.idx;
  // elements of the first run before where the second starts are already in place
  const k = gallopRight(ms, idx[pb], idx, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // and so are elements of the second run after where the first ends
  nb = gallopLeft(ms, idx[pa + na - 1], idx, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** Powersort's node power of the boundary between run [s1, s1+n1) and the next n2 elements. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** Merges the pending runs whose power exceeds the new boundary's (powersort's merge order). */
function foundNewRun(ms: MergeState, n2: number, n: number): void {
  const top = ms.runBase.length;
  if (top === 0) return;
  const power = powerLoop(ms.runBase[top - 1], ms.runLen[top - 1], n2, n);
  while (ms.runBase.length > 1 && ms.runPower[ms.runBase.length - 2] > power) mergeAt(ms, ms.runBase.length - 2);
  ms.runPower[ms.runBase.length - 1] = power;
}

function mergeForceCollapse(ms: MergeState): void {
  const len = ms.runLen;
  while (len.length > 1) {
    let n = len.length - 2;
    if (n > 0 && len[n - 1] < len[n + 1]) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Stable sort of the permutation `idx` by `lt` on `keys`, with CPython's exact sequence of comparisons. */
export function timsort(idx: Perm, keys: any[], lt: LessThan): void {
  const n = idx.length;
  if (n < 2) return;
  const ms = new MergeState(idx, keys, lt);
  const minrun = computeMinrun(n);
  const desc = { v: false };
  let lo = 0;
  let remaining = n;
  do {
    let run = countRun(ms, lo, lo + remaining, desc);
    if (desc.v) reverseRange(idx, lo, lo + run);
    if (run < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(ms, lo, lo + force, lo + run);
      run = force;
    }
    foundNewRun(ms, run, n);
    ms.runBase.push(lo);
    ms.runLen.push(run);
    ms.runPower.push(0);
    lo += run;
    remaining -= run;
  } while (remaining);
  mergeForceCollapse(ms);
}
