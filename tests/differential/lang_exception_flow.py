# try/except/else/finally flows printed step by step, with chaining info and custom exceptions.

def describe(e):
    parts = [f'{type(e).__name__}({", ".join(repr(a) for a in e.args)})']
    if e.__cause__ is not None:
        parts.append(f'cause={type(e.__cause__).__name__}')
    if e.__context__ is not None:
        parts.append(f'context={type(e.__context__).__name__}')
    parts.append(f'suppress={e.__suppress_context__}')
    return ' '.join(parts)

def flow(kind):
    print(f'-- flow({kind!r})')
    try:
        print('  try start')
        if kind == 'value':
            raise ValueError('bad value', 42)
        if kind == 'key':
            {}['missing']
        if kind == 'zero':
            1 / 0
        if kind == 'return':
            return 'returned from try'
        if kind == 'custom':
            raise AppError('custom', code=7)
        print('  try end')
    except (ValueError, KeyError) as e:
        print('  except tuple:', describe(e))
        if kind == 'key':
            raise LookupError('wrapped') from e
    except ArithmeticError as e:
        print('  except arith:', describe(e))
        raise RuntimeError('during handling')
    except AppError as e:
        print('  except AppError:', describe(e), e.code, str(e))
        return 'returned from except'
    else:
        print('  else')
        return 'returned from else'
    finally:
        print('  finally')
    print('  after try')
    return 'fell through'

class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'

for kind in ['none', 'value', 'key', 'zero', 'return', 'custom']:
    try:
        print('result:', flow(kind))
    except Exception as e:
        print('escaped:', describe(e))

def finally_override():
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise ValueError(i)
                if i == 1:
                    return 'inner return'
                continue
            finally:
                print('  inner finally', i)
                if i == 0:
                    break
        finally:
            print('  outer finally', i)
    return 'loop done'
print(finally_override())

def nested_handlers():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            try:
                raise IndexError('b')
            except IndexError as inner:
                print('  inner handled', describe(inner))
            raise
    except KeyError as outer:
        print('  outer handled', describe(outer))
nested_handlers()

def raise_from_none():
    try:
        int('x')
    except ValueError:
        raise TypeError('clean') from None
try:
    raise_from_none()
except TypeError as e:
    print(describe(e))

def chain_three():
    try:
        try:
            raise OSError('disk')
        except OSError as e:
            raise ValueError('parse') from e
    except ValueError:
        raise RuntimeError('top')
try:
    chain_three()
except RuntimeError as e:
    cur, depth = e, 0
    while cur is not None:
        print('  ' * depth + describe(cur))
        cur = cur.__cause__ or cur.__context__
        depth += 1

errors = [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('k'), KeyError(1, 2),
          OSError(2, 'No such file'), OSError('plain'), StopIteration(5), SystemExit(3), AppError('x', 9),
          IndexError(), Exception(None), UnicodeError('u'), AssertionError('msg')]
for e in errors:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

def generator_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('  generator finally')
gen = generator_cleanup()
for v in gen:
    print('  got', v)
    if v == 1:
        break
print('after break')
gen.close()
print('after close')

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('  enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('  exit', self.name, t.__name__ if t else None, v)
        return self.name == 'suppressor'
with Resource('outer'), Resource('suppressor'):
    raise ValueError('suppressed inside')
try:
    with Resource('plain'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught after with:', describe(e))

def deep(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        deep(n - 1)
    finally:
        print('  unwinding', n)
try:
    deep(3)
except ValueError as e:
    print('deep:', describe(e))

try:
    raise ValueError('simple')
except ValueError as e:
    print('simple:', e)
