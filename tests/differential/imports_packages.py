import _imppkg.sub.deep as d
from _imppkg import helper, NAME
import _imppkg
print(d.run(), helper(), NAME, _imppkg.sub.deep is d)
if __name__ == "__main__":
    print("main!")
try:
    from _imppkg import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
