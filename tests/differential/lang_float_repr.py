# Float repr/str of many computed values: shortest round-trip, exponents, negative zero, inf/nan.

values = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 1e-4, 1e-5,
    123456789.123456789, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308, 2 ** 0.5, 3 ** 0.5,
    1e22, 1e23, 9007199254740993.0, 0.000123, 100.0, 1234567890123456789.0, 4.35, 0.57, 1.1 * 3,
    float(2 ** 63), float(10 ** 21), 1 / 7, 22 / 7, 355 / 113, 1e-7, 1.5e-7, 12345.678e10,
]
for v in values:
    print(repr(v), str(v), repr(-v))

print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print([0.1 * i for i in range(12)])
print([i / 10 for i in range(12)])
print([2.0 ** i for i in range(-5, 60, 7)])
print([10.0 ** i for i in range(-8, 25, 3)])
print([1 / (i + 1) for i in range(15)])
acc = 0.0
for i in range(20):
    acc += 0.1
    print(i, acc, round(acc, 10), acc == round(acc, 10))
print(sum([0.1] * 10), 0.1 * 10)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.7, 0.7 + 0.1, 3 * 1.1, 1.1 + 1.1 + 1.1)
print(float('1e500'), float('-1e500'), float('1e-500'))
print(1e308 * 10, -1e308 * 10)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2, divmod(-7.5, 2))
print(round(2.675, 2), round(1.005, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print([round(x / 8, 2) for x in range(17)])
print(int(1e20), int(-1e20), int(1.9999999999999999), int(-0.9))
print(float(2 ** 100), float(-(2 ** 100) + 1), float(123456789012345678901234567890))
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2)
print(1e300 * 1e-300, 1e-300 * 1e-300, 5e-324 / 2)
print(abs(-0.0), -abs(0.0), 0.0 * -1, -0.0 + 0, -0.0 - 0.0)
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(3.0 == 3, hash(3.0) == hash(3), hash(0.5), hash(-1.5), hash(1e100), hash(-0.0))
print([float(s) for s in ['1', '1.', '.5', '1e3', '-1E-3', '  2.5  ', '1_000.5', 'inf', '-Infinity', 'nan']])
print(1.0.hex(), 0.1.hex(), (-2.5).hex(), float.fromhex('0x1.8p3'))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (1e-10).as_integer_ratio())
print(format(1 / 3, '.20f'), format(0.1, '.25f'), format(1e-10, 'f'))
print(format(2 ** 0.5, '.15g'), format(2 ** 0.5, '.17g'), format(2 ** 0.5, 'e'))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))
print('%r %s %a' % (1.0, 1e100, -0.0))
