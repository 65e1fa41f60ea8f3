// Per-thread interpreter state shared by all generated code: recursion depth, the interrupt budget and the
// stack of exceptions being handled. One VM runs per thread, so one state object per JS realm suffices.
export interface InterpState {
  /** Current Python call depth. */
  depth: number;
  /** sys.getrecursionlimit() */
  limit: number;
  /** Loop iterations left before the interrupt check runs. */
  budget: number;
  /** Exceptions currently being handled (innermost last), for bare `raise` and __context__. */
  excStack: any[];
  /** Globals of the module whose top-level code is running (for type()'s default __module__ and
   * sys._getframe().f_globals). */
  G: Record<string, any> | null;
  /** Called when the budget runs out; may throw (e.g. KeyboardInterrupt) to stop runaway code. */
  onInterrupt: (() => void) | null;
}

export const BUDGET = 100_000;

export const state: InterpState = {
  depth: 0,
  limit: 1000,
  budget: BUDGET,
  excStack: [],
  G: null,
  onInterrupt: null,
};
