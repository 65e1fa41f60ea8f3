// The TypeScript embedding API: create a VM, exec/eval, call Python from TS, bind TS into Python,
// convert values both ways, module sources from a map.
import { describe, it, expect } from 'vitest';
import { VM, MapModuleSource, native } from '../vm/index.js';
import { PyBaseException } from '../vm/runtime/exceptions.js';

function capture(): { vm: VM; out: () => string } {
  let out = '';
  const vm = new VM({ stdout: (t) => (out += t), stderr: (t) => (out += t) });
  return { vm, out: () => out };
}

describe('embedding API', () => {
  it('execs and evals with a filename', () => {
    const { vm, out } = capture();
    vm.exec('x = 6 * 7\nprint("x is", x)', 'setup.py');
    expect(out()).toBe('x is 42\n');
    expect(vm.eval('x + 1')).toBe(43);
  });

  it('calls Python callables from TS and converts values', () => {
    const { vm } = capture();
    vm.exec('def area(w, h):\n    return {"w": w, "h": h, "area": w * h, "tags": ["a", (1, 2)]}');
    const f = vm.eval('area');
    const r = vm.toJs(vm.call(f, 3, 4.5));
    expect(r).toEqual({ w: 3, h: 4.5, area: 13.5, tags: ['a', [1, 2]] });
  });

  it('binds TS functions and whole modules', () => {
    const { vm } = capture();
    vm.defineModule({
      name: 'host',
      init(mod) {
        mod.$d!.double = native('double', (x: number) => x * 2);
        mod.$d!.version = 'test';
      },
    });
    vm.exec('import host\nresult = host.double(21), host.version');
    expect(vm.toJs(vm.eval('result'))).toEqual([42, 'test']);
  });

  it('imports modules from a source map (browser style)', () => {
    const vm = new VM({ sources: new MapModuleSource({ 'game.util': 'def f():\n    return "util"\n', 'game.__init__': 'NAME = "game"\n' }) });
    vm.exec('import game.util\nfrom game import NAME\nres = game.util.f() + NAME');
    expect(vm.eval('res')).toBe('utilgame');
  });

  it('raises Python exceptions with tracebacks, never raw JS errors', () => {
    const { vm } = capture();
    vm.exec('def f(n):\n    return 1 // n\n', 'm.py');
    let caught: unknown;
    try {
      vm.eval('f(0)', 'call.py');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyBaseException);
    const tb = vm.formatException(caught);
    expect(tb).toContain('Traceback (most recent call last):');
    expect(tb).toContain('File "m.py", line 2, in f');
    expect(tb).toContain('ZeroDivisionError: integer division or modulo by zero');
  });

  it('reports SyntaxError with file, line, column and caret', () => {
    const { vm } = capture();
    let caught: unknown;
    try {
      vm.exec('x = 1\nif x\n    pass\n', 'bad.py');
    } catch (e) {
      caught = e;
    }
    const tb = vm.formatException(caught);
    expect(tb).toContain('File "bad.py", line 2');
    expect(tb).toContain('if x');
    expect(tb).toContain('^');
    expect(tb).toContain("SyntaxError: expected ':'");
  });
});
