// State of the code generator while it emits one code object (module, class body, function, lambda,
// comprehension): the output lines, temporaries, loop labels and which names are JS locals.
import type { Scope } from '../scope.js';
import { isGeneratorScope } from './names.js';

export interface LoopLabels {
  brk: string;
  cont: string;
  /**
   * A loop flattened into a state machine (genstate.ts) has no JS loop to break out of: `break` and
   * `continue` become these statements, which jump to another state.
   */
  brkJump?: string;
  contJump?: string;
}

export class FnCtx {
  readonly out: string[] = [];
  private indentLevel = 1;
  private tempCount = 0;
  readonly temps: string[] = [];
  readonly loops: LoopLabels[] = [];
  /** Index into the compiler's constant table of this code object's CodeInfo. */
  codeIndex = -1;
  /** The JS name of the parameter that zero-argument super() uses (the first parameter). */
  firstParam: string | null = null;
  /** Depth of `finally`/`with` blocks around the current point (for break/continue across them). */
  labelCount = 0;
  /** Free variables this code object reads from enclosing functions (for __closure__/co_freevars). */
  readonly frees = new Set<string>();
  /** A class body that reads `__class__` from the enclosing class's cell (not its own `$class`). */
  outerClassCell = false;
  /**
   * A generator compiled as a state machine (genstate.ts): `return` then stores the value in the generator
   * (`$g.retval`) instead of returning it.
   */
  stateMachine = false;
  /** A state machine's number of states so far. */
  states = 0;
  /** A state machine's variables that live across yields (declared outside its step function). */
  readonly stateVars: string[] = [];
  /** A state machine's statements saving its locals before it suspends (see genstate.ts). */
  stateSave = '';

  constructor(readonly scope: Scope, readonly parent: FnCtx | null) {}

  get isGenerator(): boolean {
    return isGeneratorScope(this.scope);
  }

  /** A fresh temporary variable, declared at the top of the code object's JS function. */
  tmp(): string {
    const name = `$t${this.tempCount++}`;
    this.temps.push(name);
    return name;
  }

  /** A fresh label or block-local identifier. */
  label(prefix: string): string {
    return `$${prefix}${this.labelCount++}`;
  }

  emit(line: string): void {
    this.out.push('  '.repeat(this.indentLevel) + line);
  }

  indent(): void {
    this.indentLevel++;
  }
  dedent(): void {
    this.indentLevel--;
  }

  /** Runs f with one more level of indentation. */
  block(f: () => void): void {
    this.indentLevel++;
    try {
      f();
    } finally {
      this.indentLevel--;
    }
  }
}

/** The JS identifier for a Python local. Non-ASCII characters are escaped so any Python name is valid JS. */
export function jsLocal(name: string): string {
  let out = 'v_';
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) out += ch;
    else out += `$${c.toString(16)}$`;
  }
  return out;
}

/** A JS string literal. */
export function jsStr(s: string): string {
  return JSON.stringify(s);
}

/** A JS property access with a constant key. */
export function jsProp(obj: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${obj}.${name}` : `${obj}[${jsStr(name)}]`;
}
