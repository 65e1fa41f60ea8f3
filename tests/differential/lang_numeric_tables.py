# Tables of //, %, divmod, round, pow, int/float conversions over signed ints and floats.

ints = [-7, -6, -1, 0, 1, 5, 6, 7]
divs = [-3, -2, -1, 1, 2, 3]
for a in ints:
    print(a, [(a // b, a % b) for b in divs])
floats = [-7.5, -2.0, -0.5, -0.0, 0.0, 0.5, 2.0, 7.5]
fdivs = [-2.5, -1.0, 0.75, 2.0]
for a in floats:
    print(repr(a), [(a // b, a % b) for b in fdivs], [divmod(a, b) for b in (-2, 3)])
print([round(x / 2) for x in range(-10, 11)])
print([round(x / 4, 1) for x in range(-10, 11)])
print([round(x * 0.125, 2) for x in range(-9, 10)])
print([round(v, n) for v in (1234.5678, -1234.5678, 0.0005, 5e-5) for n in (-3, -1, 0, 1, 3, 5)])
print([round(v, -1) for v in (5, 15, 25, 35, -5, -15, 14, 16)], [round(v, -2) for v in (150, 250, 1050, -350)])
print([pow(b, e) for b in (-3, -2, 2, 3) for e in (0, 1, 2, 3, -1, -2)])
print([pow(b, e, m) for b in (2, 3, -4) for e in (0, 5, 13) for m in (7, 10, -7)])
print([2 ** 0.5, 2 ** -0.5, (-8) ** 2, 9 ** 0.5, 0 ** 0, 0.0 ** 0, 1 ** 1000, (-1) ** 1001])
print([int(x) for x in (0.9, -0.9, 1e10, -1e10, 2.5, -2.5, 1e18)])
print([float(x) for x in (0, 1, -1, 2 ** 31, 2 ** 63, 10 ** 17 + 1)])
print([x // 1 for x in (2.7, -2.7)], [x % 1 for x in (2.75, -2.75)], [abs(x) for x in (-3, 3.5, -0.0, -2 ** 70)])
print([1 / x for x in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)])
print([x * 1.1 for x in range(10)])
print([7 / x for x in (0.1, 0.2, 0.3, 3, -3)], [7 // x for x in (0.1, 0.2, 0.3)], [7 % x for x in (0.1, 0.2, 0.3)])
print(sum(1 / k ** 2 for k in range(1, 1000)), sum(1 / k for k in range(1, 1000)))
print([i ** 3 % 17 for i in range(20)], [(i * i) // 7 for i in range(-10, 10)])
print([bool(x) for x in (0, 0.0, -0.0, 1e-320, float('nan'))], [int(b) for b in (True, False)])
print([(a < b, a == b, a > b) for a, b in [(1, 1.0), (2 ** 53 + 1, 2.0 ** 53), (-0.0, 0), (float('inf'), 10 ** 400)]])
print([hex(v) for v in (0, 255, -255, 2 ** 40)], [oct(v) for v in (8, -8)], [bin(v) for v in (5, -5, 0)])
print([(v).bit_length() for v in (0, 1, 7, 8, -8, 2 ** 70)], [v.is_integer() for v in (1.0, 1.5, -0.0)])
print(divmod(1e10, 3.0), divmod(-1e10, 3.0), 1e10 % 7, -1e10 % 7)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 0.1 * 3, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(complex(1, 2) * complex(3, -4), (1 + 2j) / (3 - 4j), (1j) ** 2, abs(1 + 1j), (2 + 0j) ** 0.5)
