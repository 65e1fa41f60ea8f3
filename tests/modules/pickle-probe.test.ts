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
class NAE:
    def __new__(cls, x, *, y):
        o = object.__new__(cls)
        o.x = x
        o.y = y
        return o
    def __getnewargs_ex__(self):
        return ((self.x,), {'y': self.y})
for p in range(6):
    try:
        n = pickle.loads(pickle.dumps(NAE(1, y=2), p))
        print(p, n.x, n.y)
    except Exception as e:
        print(p, type(e).__name__, e)
import collections
from collections import OrderedDict, defaultdict, deque, namedtuple, Counter
P = namedtuple('P', 'x y')
vals = [OrderedDict(a=1, b=2), defaultdict(list, {'a': [1]}), deque([1, 2, 3], maxlen=5), P(1, 2), Counter('abca')]
for v in vals:
    for p in (0, 2, 4):
        try:
            b = pickle.dumps(v, p)
            r = pickle.loads(b)
            print(p, type(r).__name__, r == v, r)
        except Exception as e:
            print(p, type(v).__name__, 'ERR', type(e).__name__, e)
import copy
class S:
    __slots__ = ('a',)
s = S(); s.a = [1]
print(copy.deepcopy(s).a)
class A:
    def __reduce_ex__(self, p):
        return super().__reduce_ex__(p)
print(type(pickle.loads(pickle.dumps(A(), 0))).__name__)
print(pickle.dumps(A(), 0))
`;
  try { vm.runMain(src, 'main.py'); } catch (e) { out += vm.formatException(e); }
  console.log(out);
});
