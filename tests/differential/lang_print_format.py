# print() with sep/end/file-like objects, str.format and printf-style formatting tables.
import sys

print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ', end=' <end>\n')
print()
print('no newline', end='')
print(' ... continued')
print(*range(10), sep=',')
print(*'spread', sep='-')
print(1, 2.0, None, True, [1], (2,), {3: 4}, {5}, 'x', b'y', sep='\t')
print('', '', sep='X')
print('multi\nline', 'text')
print('explicit', file=sys.stdout)
sys.stdout.write('direct write\n')
class Collect:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
c = Collect()
print('to', 'collector', sep='+', file=c)
print(c.buf)

rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 12.125)]
for name, qty, price in rows:
    print('{:<10}|{:>5}|{:>8.2f}|{:^9}'.format(name, qty, price, '*' * (qty % 7)))
for name, qty, price in rows:
    print('%-10s|%5d|%8.2f|%x' % (name, qty, price, qty))
for name, qty, price in rows:
    print(f'{name!r:12} {qty:05d} {price:+.3e} {qty / 7:.4%}')
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 3.14159})
print('%c%c%c' % (72, 'i', 33), '%5.2s|' % 'abc', '%-6r|' % 'q', '%+.1e' % -12345.678)
print('%o %#o %x %#X %e %E %g %G' % (64, 64, 255, 255, 1e-5, 1e-5, 1e-5, 1e20))
print('%s %s %s' % (1.0, 1e16, 1e-5), '%r' % (0.1,), '%i%%' % 50)
print('{0}{1}{0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2), '{0[0]}{0[1]}'.format('hi'))
print('{:,}'.format(1234567.891), '{:_x}'.format(0xdeadbeef), '{:.3}'.format(3.14159), '{:10.3}|'.format('abcdef'))
print('{!r:>10}'.format('r'), '{!s:<5}|'.format(None), '{:=^20}'.format(' centered '))
print('{:{}{}{}.{}f}'.format(2.71828, '*', '>', 12, 3))
print('{0:>{1}}'.format('dyn', 8), '{:.{prec}f}'.format(1 / 3, prec=5))
for w in range(0, 12, 3):
    print(repr(f'{"x":>{w}}'), repr(f'{3.14159:{w}.2f}'), repr(f'{-42:0{w}d}'))
print(f'{"tab":\t>6}', f'{10:#b} {10:#o} {10:#x}', f'{1e100:.2e}', f'{123.456:08.2f}')
print(f'{0.1 + 0.2!r}', f'{0.1 + 0.2!s}', f'{0.1 + 0.2}', f'{0.1 + 0.2:.17}')
print(f'{[1, 2]!r:>10}', f'{(1,)}', f'{ {"k": 1} }', f'{ {1, 2} }')
val = 7
print(f'{val=}', f'{val = }', f'{val*2=}', f'{val=:>5}', f'{val=!r}', f'{val=!s:^7}|')
print('%s' % ((1, 2),), '%s' % [(1, 2)], '%s and %s' % ('a', ('b', 'c')))
