// `yield from x` (PEP 380) in a generator compiled as a JS generator: the body runs `yield* $yieldFrom(x)`,
// and JS's yield* drives the iterator made here, passing send()/throw()/close() on to x.
//
// When x is an iterator of this VM (a generator, a list or range iterator...), the delegating generator also
// records the delegation, so that a plain next() takes the value straight from x (PyGenerator.$next) instead
// of resuming the delegating body, whose yield* would only pass it on. A recursive generator then costs one
// call per level for each value, as in CPython, rather than a JS generator resume and a result object per
// level. How x ended during such a shortcut is kept here until the body resumes and its yield* asks.
import { MISSING, None } from './object.js';
import { valueErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { PyGenerator, PyIterator, iter, next, iterHooks, type Delegation } from './iteration.js';

const RUNNING = 0;
/** the shortcut saw x finish: `result` is its return value */
const ENDED = 1;
/** the shortcut saw x raise `error` */
const FAILED = 2;

class IterDelegate implements Delegation, Iterator<any> {
  private state = RUNNING;
  private result: any = undefined;
  private error: any = undefined;
  /** x when it is a generator: it takes sent values and thrown exceptions, and has a return value. */
  private readonly gen: PyGenerator | null;

  constructor(private readonly owner: PyGenerator | null, private readonly sub: PyIterator) {
    this.gen = sub instanceof PyGenerator ? sub : null;
  }

  [Symbol.iterator](): this {
    return this;
  }

  pull(owner: PyGenerator): any {
    if (owner.running) throw valueErr('generator already executing');
    owner.running = true;
    let v: any;
    try {
      v = this.sub.$next();
    } catch (e) {
      owner.running = false;
      this.state = FAILED;
      this.error = e;
      return undefined;
    }
    owner.running = false;
    if (v === undefined) {
      this.state = ENDED;
      this.result = this.gen !== null ? this.gen.takeRetval() : None;
    }
    return v;
  }

  /** The delegation is over (its yield* completes or raises): next() resumes the body again. */
  private finish(): void {
    if (this.owner !== null && this.owner.delegate === this) this.owner.delegate = null;
  }

  /** After a resume of x returned r: its value, or the end of the yield* with x's return value. */
  private step(r: any): IteratorResult<any> {
    if (r !== undefined) return { done: false, value: r };
    this.finish();
    const v = this.gen !== null ? this.gen.takeRetval() : None;
    return { done: true, value: v === undefined ? None : v };
  }

  /** The delegation ended in a shortcut: raise or return what x did. */
  private ended(): IteratorResult<any> {
    this.finish();
    if (this.state === FAILED) {
      const e = this.error;
      this.error = undefined;
      throw e;
    }
    const v = this.result;
    this.result = undefined;
    return { done: true, value: v === undefined ? None : v };
  }

  next(v?: any): IteratorResult<any> {
    if (this.state !== RUNNING) return this.ended();
    const gen = this.gen;
    if (gen !== null && gen.done) {
      this.finish();
      return { done: true, value: None };
    }
    try {
      return this.step(gen !== null ? gen.resume(v === undefined ? None : v, false) : this.sub.$next());
    } catch (e) {
      this.finish();
      throw e;
    }
  }

  throw(e: any): IteratorResult<any> {
    if (this.state !== RUNNING) {
      this.finish();
      throw e;
    }
    const gen = this.gen;
    if (gen !== null && gen.done) {
      this.finish();
      return { done: true, value: None };
    }
    try {
      if (gen !== null) return this.step(gen.resume(e, true));
      // a built-in iterator: raised in the delegating body, unless its type has a throw()
      const t = typeOf(this.sub).lookup('throw');
      if (t === MISSING) throw e;
      return { done: false, value: iterHooks.call2(t, this.sub, e) };
    } catch (x) {
      this.finish();
      throw x;
    }
  }

  return(v?: any): IteratorResult<any> {
    this.finish();
    if (this.gen !== null) this.gen.close();
    return { done: true, value: v };
  }
}

/** The JS iterator that `yield from x` delegates to with `yield*`. */
export function yieldFrom(x: any): any {
  if (x instanceof PyGenerator) {
    if (x.running) throw valueErr('generator already executing');
    x.started = true;
  }
  const it = x instanceof PyIterator ? x : iter(x);
  if (it instanceof PyIterator) {
    const owner = PyGenerator.current;
    const d = new IterDelegate(owner, it);
    if (owner !== null) owner.delegate = d;
    return d;
  }
  // an iterator of user code (__next__, maybe send/throw)
  return {
    [Symbol.iterator]() {
      return this;
    },
    next(v: any) {
      let r: any;
      if (v === undefined || v === None) r = next(it);
      else {
        const send = typeOf(it).lookup('send');
        r = send === MISSING ? next(it) : iterHooks.call2(send, it, v);
      }
      return r === undefined ? { done: true, value: None } : { done: false, value: r };
    },
    throw(e: any) {
      const t = typeOf(it).lookup('throw');
      if (t === MISSING) throw e;
      const r = iterHooks.call2(t, it, e);
      return { done: false, value: r };
    },
    return(v: any) {
      return { done: true, value: v };
    },
  };
}
