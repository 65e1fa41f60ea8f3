# format() / f-string format specs over a grid of values and specs.

ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2 ** 40]
int_specs = ['', 'd', '5d', '<6', '>6', '^7', '*^9', '=+8', '+', '-', ' ', '05', '08,', '_', ',',
             'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', 'c', 'e', '.2f', '%', 'n', 'g', '.3e']
for v in ints:
    row = []
    for s in int_specs:
        if s == 'c' and not 0 <= v < 0x110000:
            continue
        row.append(format(v, s))
    print(repr(v), row)

floats = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 1e-7, 123456.789, 1e22, float('inf'), float('nan'), 0.5, 1 / 3]
float_specs = ['', 'f', '.0f', '.1f', '.2f', '10.3f', '<10.2f', '^10.1f', '+.2f', ' .2f', '010.2f', ',.2f', '_.1f',
               'e', '.0e', '.3E', 'g', '.3g', '.10g', 'G', '%', '.1%', 'n', '#.0f', '#g', '.15', '.17g', '=10.1f']
for v in floats:
    print(repr(v), [format(v, s) for s in float_specs])

strs = ['', 'a', 'hello', 'héllo', 'tab\there']
str_specs = ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '-^6']
for v in strs:
    print(repr(v), [format(v, s) for s in str_specs])

print([format(True, s) for s in ['', 'd', '5', '>5', 'x', '.2f']])
print(format(None, ''), f'{None!r:>6}', f'{None!s:^8}|')
print([f'{x:{w}.{p}f}' for x in (1.5, -2.25) for w in (6, 9) for p in (0, 2)])
print([f'{n:{fill}{align}{width}}' for n in (7, -7) for fill in '*0' for align in '<>^=' for width in (5,)])
print(f'{3+4j}', f'{3-4j:.2f}', f'{1j:>10}', format(complex(1.5, -2.5), '^20'))
print('{:>{}}'.format('x', 5), '{0:{1}.{2}}'.format(3.14159, 8, 3), '{:{}{}{}}'.format(42, '_', '^', 8))
