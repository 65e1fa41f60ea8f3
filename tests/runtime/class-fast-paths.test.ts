// The fast paths for class-heavy code seen from the embedding API: classes keep their identity through
// toJs even though they carry a direct call entry (runtime/fast-new.ts), calls from TS go through the same
// entry, and the per-class caches (load-cache.ts, operators' `dc`) follow changes made from TS or Python.
// Behaviour only; the CPython comparison of the same paths is tests/differential/lang_class_fast_paths.py.
import { describe, it, expect } from 'vitest';
import { VM } from '../../vm/index.js';
import { PyType } from '../../vm/runtime/object.js';

const SRC = `
class Vec:
    __slots__ = ('x', 'y')
    SCALE = 2.0

    def __init__(self, x, y=0.5):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

def many(n):
    v = Vec(0.0, 0.0)
    for i in range(n):
        v = v + Vec(0.25, 0.125)
    return v.x, v.y, v.norm1, v.SCALE
`;

describe('class fast paths', () => {
  it('keeps classes as classes in toJs and constructs through the entry from TS', () => {
    const vm = new VM();
    vm.exec(SRC);
    const cls = vm.eval('Vec');
    expect(vm.toJs(cls)).toBe(cls);
    expect(cls).toBeInstanceOf(PyType);
    // built-in types with direct constructors are still converted to functions, as before
    expect(typeof vm.toJs(vm.eval('str'))).toBe('function');
    for (let i = 0; i < 1000; i++) vm.call(cls, 1.5, 2.5); // past the point where the class gets its own entry
    const v = vm.call(cls, 1.5);
    expect(vm.toJs(vm.getAttr(v, 'y'))).toBe(0.5);
    let caught: unknown;
    try {
      vm.call(cls);
    } catch (e) {
      caught = e;
    }
    expect(vm.formatException(caught)).toContain("TypeError: Vec.__init__() missing 1 required positional argument: 'x'");
  });

  it('follows class changes made after the caches warmed up', () => {
    const vm = new VM();
    vm.exec(SRC);
    expect(vm.toJs(vm.eval('many(2000)'))).toEqual([500, 250, 750, 2]);
    vm.exec(`
def init(self, x, y=0.5):
    self.x = x * 2
    self.y = y
Vec.__init__ = init
Vec.__add__ = lambda self, o: Vec(self.x - o.x, self.y - o.y)
Vec.SCALE = 'changed'
Vec.norm1 = property(lambda self: 'patched')
`);
    expect(vm.toJs(vm.eval('Vec(1.5).x'))).toBe(3);
    expect(vm.toJs(vm.eval('many(3)'))).toEqual([-7, -0.375, 'patched', 'changed']);
  });
});
