// Generators compiled as state machines (vm/compiler/codegen/genstate.ts). Their body is a plain JS function
// that runs from one yield to the next and remembers in a closure variable where to continue, so resuming
// one is an ordinary call: no JS generator object to resume and no {value, done} result per value.
// Everything else — flags, send/throw/close, being the sub-generator of a `yield from`, the generator
// type — is PyGenerator's.
import { None } from './object.js';
import { valueErr } from './exceptions.js';
import { PyGenerator } from './iteration.js';
import type { CodeInfo } from './function.js';

/**
 * The compiled body: `v` is the value sent in, or the exception to raise at the paused yield when `thrown`.
 * Returns the next yielded value, or undefined when the body returned (having stored its value in g.retval).
 */
export type StepFn = (g: StepGenerator, v: any, thrown: boolean) => any;

/** PyGenerator wants a JS generator; the state-machine form never touches it, so they all share this one. */
const unusedJsGen: Generator<any, any, any> = (function* () {})();

export class StepGenerator extends PyGenerator {
  constructor(code: CodeInfo, readonly step: StepFn) {
    super(code, unusedJsGen);
  }

  // No exception-stack bookkeeping: the compiler only uses this form when no yield is inside a try, with or
  // match statement, so the body is never suspended while handling an exception; and it has no `yield from`,
  // so no delegation for $next to shortcut.
  override resume(v: any, thrown: boolean): any {
    if (this.running) throw valueErr('generator already executing');
    this.running = true;
    this.started = true;
    let r: any;
    try {
      r = this.step(this, v, thrown);
    } catch (e) {
      throw this.failed(e);
    }
    this.running = false;
    if (r === undefined) this.done = true;
    return r;
  }

  override $next(): any {
    return this.done ? undefined : this.resume(None, false);
  }
}

/** `$mkstep(code, step)` in generated code. */
export function mkstep(code: CodeInfo, step: StepFn): StepGenerator {
  return new StepGenerator(code, step);
}
