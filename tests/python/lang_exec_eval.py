# exec/eval/compile with globals and locals dicts, __builtins__ injection, return values, syntax errors.

assert eval('1 + 2') == 3
assert eval('x * 2', {'x': 21}) == 42
assert eval('x + y', {'x': 1}, {'y': 2}) == 3
assert eval('[a for a in range(3)]') == [0, 1, 2]
assert eval('  5  ') == 5, "leading/trailing whitespace allowed"
assert eval('len("abc")', {}) == 3, "__builtins__ is added automatically"
g = {}
eval('1', g)
assert '__builtins__' in g, "eval inserts __builtins__ into globals"

# eval sees the caller's scope by default
def caller():
    local_v = 10
    return eval('local_v + 1')
assert caller() == 11
module_level = 'mod'
assert eval('module_level') == 'mod'

# locals shadow globals
assert eval('v', {'v': 'global'}, {'v': 'local'}) == 'local'

# exec returns None and writes into the given namespace
ns = {}
r = exec('a = 1\nb = a + 1\ndef f():\n    return a + b\n', ns)
assert r is None
assert ns['a'] == 1 and ns['b'] == 2 and ns['f']() == 3, "functions defined in exec use ns as globals"

# exec with separate locals: assignments go to locals, functions see globals
glb = {'base': 100}
loc = {}
exec('x = base + 1\ny = x * 2', glb, loc)
assert loc == {'x': 101, 'y': 202} and 'x' not in glb
exec('global gv\ngv = 5', glb, loc)
assert glb['gv'] == 5 and 'gv' not in loc

# class defined in exec
ns = {}
exec('''
class K:
    v = 3
    def m(self):
        return self.v * 2
obj = K()
''', ns)
assert ns['obj'].m() == 6 and ns['K'].__name__ == 'K'
ns2 = {'__name__': 'mymod'}
exec('class K2: pass', ns2)
assert ns2['K2'].__module__ == 'mymod', "__module__ taken from globals['__name__']"

# exec of statements using imports and loops
ns = {}
exec('total = 0\nfor i in range(5):\n    total += i', ns)
assert ns['total'] == 10

# exec at module level writes to module globals
exec('created_by_exec = 42')
assert created_by_exec == 42

# custom __builtins__ restricts available names
try:
    eval('len([])', {'__builtins__': {}})
    assert False
except NameError as e:
    assert str(e) == "name 'len' is not defined", str(e)
assert eval('my_len([1])', {'__builtins__': {'my_len': len}}) == 1

# compile
code = compile('3 * 7', '<expr>', 'eval')
assert eval(code) == 21
code = compile('q = 9', '<stmt>', 'exec')
ns = {}
exec(code, ns)
assert ns['q'] == 9
code = compile('1 + 1', '<single>', 'single')
assert code.co_filename == '<single>'

# syntax errors
try:
    eval('1 +')
    assert False
except SyntaxError as e:
    assert e.lineno == 1 and isinstance(e.msg, str)
try:
    exec('def f(:\n  pass')
    assert False
except SyntaxError:
    pass
try:
    eval('x = 1')
    assert False
except SyntaxError:
    pass
try:
    compile('a b', '<bad>', 'exec')
    assert False
except SyntaxError as e:
    assert e.filename == '<bad>'
    assert e.msg == 'invalid syntax', e.msg

# runtime errors propagate out of exec/eval
try:
    exec('1 / 0')
    assert False
except ZeroDivisionError:
    pass
try:
    eval('undefined_zz')
    assert False
except NameError as e:
    assert str(e) == "name 'undefined_zz' is not defined"

# eval of expressions returns objects
assert eval('{"a": [1, (2, 3)]}') == {'a': [1, (2, 3)]}
assert eval('lambda x: x + 1')(1) == 2
assert eval(repr('quote\'s')) == "quote's", "repr round-trips through eval"
assert eval(repr([1.5, -0.0, 'x', None, True])) == [1.5, -0.0, 'x', None, True]
assert eval(repr(2 ** 100)) == 2 ** 100

# eval with a mapping as locals
class Lookup(dict):
    def __missing__(self, key):
        return key.upper()
assert eval('hello', {}, Lookup()) == 'HELLO', "locals can be any mapping"

# nested exec/eval
assert eval('eval("1 + 1")') == 2

# exec with closures: functions created in exec don't see exec's locals dict as closure
glb = {}
loc = {}
exec('y = 5\ndef get():\n    return y', glb, loc)
try:
    loc['get']()
    assert False, "y is a local of exec, not a global of get"
except NameError:
    pass

print("ok")
