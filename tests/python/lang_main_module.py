# Module-level behaviour: __name__ == "__main__", module globals, __file__, __doc__, sys.argv,
# __builtins__, module attributes of functions/classes, running code only when main.
"""Module docstring for the main script."""
import sys

assert __name__ == '__main__'
assert __doc__ == 'Module docstring for the main script.'
assert isinstance(__file__, str) and __file__.endswith('lang_main_module.py')
assert isinstance(sys.argv, list) and len(sys.argv) >= 1
assert sys.argv[0].endswith('lang_main_module.py')

main_module = sys.modules['__main__']
assert main_module.__name__ == '__main__'
assert main_module.__dict__ is globals()

VALUE = 1
assert main_module.VALUE == 1, "module globals are module attributes"
main_module.NEW_ATTR = 'set via module'
assert NEW_ATTR == 'set via module'

ran = []
def main():
    ran.append('main')
    return 0

if __name__ == '__main__':
    main()
assert ran == ['main']

if __name__ != '__main__':
    raise AssertionError('guard must not be taken')

class Local:
    pass
assert Local.__module__ == '__main__'
assert main.__module__ == '__main__'
assert main.__globals__ is globals()

# builtins are reachable
assert callable(__builtins__.len if hasattr(__builtins__, 'len') else __builtins__['len'])

# sys basics used by scripts
assert sys.version_info[:2] >= (3, 11) or sys.version_info.major == 3
assert sys.version_info.major == 3
assert isinstance(sys.maxsize, int) and sys.maxsize >= 2 ** 31 - 1
assert isinstance(sys.path, list)
assert 'sys' in sys.modules and 'builtins' in sys.modules
assert sys.modules['builtins'].len is len
assert callable(sys.exit)
assert sys.stdout is not None and callable(sys.stdout.write)

# sys.exit raises SystemExit that can be caught
try:
    sys.exit(2)
except SystemExit as e:
    assert e.code == 2
try:
    sys.exit('message')
except SystemExit as e:
    assert e.code == 'message'
try:
    sys.exit()
except SystemExit as e:
    assert e.code is None

# print writes to sys.stdout; end/sep/file
import builtins
assert builtins.print is print

# module-level return is not allowed; but a module can define __all__ etc.
__all__ = ['main']
assert __all__ == ['main']

print("ok")
