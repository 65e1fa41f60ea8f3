# weakref: ref (a strong reference here), WeakValueDictionary/WeakKeyDictionary/WeakSet, finalize
import weakref


class Obj:
    def __init__(self, v):
        self.v = v

    def meth(self):
        return self.v


o = Obj(5)
r = weakref.ref(o)
assert r() is o and r().v == 5 and callable(r)
assert weakref.ref(o) == weakref.ref(o) and hash(r) == hash(o)
assert isinstance(r, weakref.ref) and weakref.ReferenceType is weakref.ref
called = []
r2 = weakref.ref(o, lambda ref: called.append(ref))
assert r2() is o and r2.__callback__ is not None
wm = weakref.WeakMethod(o.meth)
assert wm()() == 5
assert weakref.proxy(o).v == 5
assert weakref.getweakrefcount(o) >= 0 and isinstance(weakref.getweakrefs(o), list)

wvd = weakref.WeakValueDictionary()
wvd['a'] = o
assert wvd['a'] is o and len(wvd) == 1 and 'a' in wvd and list(wvd.keys()) == ['a']
wkd = weakref.WeakKeyDictionary()
wkd[o] = 'meta'
assert wkd[o] == 'meta' and o in wkd
ws = weakref.WeakSet([o])
assert o in ws and len(ws) == 1
ws.discard(o)
assert len(ws) == 0

log = []
f = weakref.finalize(o, log.append, 'done')
assert f.alive and f.peek()[0] is o
assert f() is None and log == ['done'] and not f.alive and f() is None
