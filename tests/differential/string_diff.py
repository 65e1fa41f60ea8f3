# string: constants, capwords, Template and Formatter compared with CPython
import string
from string import Template, Formatter

print(repr(string.whitespace), string.punctuation, repr(string.printable), string.hexdigits, string.octdigits)
for s in ['hello world', '  many   spaces here ', 'ÉCOLE élève', 'x', '']:
    print(repr(string.capwords(s)), repr(string.capwords(s, ' ')))
print(string.capwords('a,b,,c', ','))
tests = ['$a and ${b}', '$$a $a$a', '${a}x${b}y', 'no vars', '$', 'tail $', '$1', '${a', '${ a}', '$a.b', 'é$a', '$é',
         'line1\n$ bad', '$_ $_1a']
for tpl in tests:
    t = Template(tpl)
    try:
        print(repr(tpl), repr(t.substitute(a='A', b='B', _='U', _1a='V')))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
    print(repr(t.safe_substitute(a=1)), t.get_identifiers(), t.is_valid())
print(Template('$x').substitute({'x': [1, 2]}), Template('$x $y').substitute({'x': 1}, y=2))
f = Formatter()
for fmt, args, kw in [('{0}-{1}', (1, 2), {}), ('{}|{:>5}|{:<3}!', ('a', 'b', 'c'), {}), ('{n:08.3f}', (), {'n': 3.14159}),
                      ('{0.imag} {0.real}', (1 + 2j,), {}), ('{d[key]} {l[0]}', (), {'d': {'key': 'v'}, 'l': [9]}),
                      ('{!r} {!s} {!a}', ('x', 'y', 'é'), {}), ('{:{}}', ('z', 4), {}), ('{0} {}', (1, 2), {}),
                      ('{missing}', (), {}), ('{0}', (), {}), ('{', (), {}), ('}', (), {}), ('{:x}', ('s',), {})]:
    try:
        print(repr(fmt), repr(f.format(fmt, *args, **kw)), repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(list(f.parse('x{0}y{a!r}z{b:>{w}}{{}}')))
