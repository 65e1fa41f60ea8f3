import sys
assert sys.version_info[:2] == (3, 11) and sys.version_info.major == 3
assert isinstance(sys.argv, list) and len(sys.argv) >= 1
assert isinstance(sys.path, list)
assert 'sys' in sys.modules and sys.modules['sys'] is sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
    assert False
except RecursionError:
    pass
sys.setrecursionlimit(old)
assert sys.getrecursionlimit() == old
assert sys.stdout.write("") == 0
try:
    sys.exit(3)
except SystemExit as e:
    assert e.code == 3
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    assert t is KeyError and isinstance(v, KeyError) and tb is not None
assert sys.exc_info() == (None, None, None)
assert sys.maxsize == 2**63 - 1
