# weakref: the behaviour that doesn't depend on garbage collection, compared with CPython
import weakref


class Obj:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().v, r == weakref.ref(o), callable(r), weakref.WeakMethod(o.get)()())
d = weakref.WeakValueDictionary()
d['x'] = o
k = weakref.WeakKeyDictionary()
k[o] = 'v'
s = weakref.WeakSet()
s.add(o)
print(d['x'].v, len(d), list(d), k[o], o in k, o in s, len(s))
log = []
fin = weakref.finalize(o, log.append, 'bye')
print(fin.alive, fin(), log, fin.alive, fin(), fin.detach())
