import { it } from 'vitest';
import { VM } from '../../vm/runtime/vm';
import { pickleModule, copyregModule } from '../../vm/modules/pickle/index';
it('vm', () => {
  let out = '';
  const vm = new VM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  vm.defineModule(pickleModule);
  vm.defineModule(copyregModule);
  const src = `
import pickle
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
a = [1, 'x', P(3), {1: (2, 3)}, {4, 5}, frozenset([6]), b'b', bytearray(b'q'), 1.5, -0.0, 2**100, None, True]
a.append(a)
s = pickle.dumps(a)
print(s)
b = pickle.loads(s)
print(b, b[-1] is b)
def f(): pass
print(pickle.loads(pickle.dumps(f)) is f)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print('PE', e)
def g():
    def h(): pass
    return h
try:
    pickle.dumps(g())
except AttributeError as e:
    print('AE', e)
def gen():
    yield 1
for o in [gen(), pickle]:
    try:
        pickle.dumps(o)
    except TypeError as e:
        print('TE', e)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
t = pickle.loads(pickle.dumps(s))
print(t.a, hasattr(t, 'b'))
class R:
    def __reduce__(self): return (R, ())
print(type(pickle.loads(pickle.dumps(R()))).__name__)
try:
    pickle.loads(b'\\x80\\x04K')
except pickle.UnpicklingError as e:
    print('UE', e)
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOF', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for p in range(6):
    print(p, pickle.loads(pickle.dumps(a[:-1], p)) == a[:-1])
`;
  try { vm.runMain(src, 'main.py'); } catch (e) { out += vm.formatException(e); }
  console.log(out);
});
