# sys and time: the deterministic parts, printed
import sys, time
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.maxunicode)
print(sys.getrecursionlimit(), type(sys.argv).__name__, type(sys.path).__name__, 'sys' in sys.modules)
sys.setrecursionlimit(150)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', repr(e.code))
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
print(sys.stdout.write('written\n'))
print(tuple(time.gmtime(0))[:6], tuple(time.gmtime(86400 * 365))[:3])
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
