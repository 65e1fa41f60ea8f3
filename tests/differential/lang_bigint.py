# Big integer arithmetic printed in full: factorials, powers, division/modulo signs, bit ops, conversions.

f = 1
for i in range(1, 61):
    f *= i
    if i % 5 == 0:
        print(i, f)
print(2 ** 200)
print(-(3 ** 150))
print(7 ** 77 // 13 ** 20, 7 ** 77 % 13 ** 20)
print((-7) ** 77 // 13 ** 20, (-7) ** 77 % 13 ** 20)
print(divmod(10 ** 40 + 7, -(10 ** 19 + 3)))
print(divmod(-(10 ** 40) - 7, 10 ** 19 + 3))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a, -b // a, -b % a)
print(a & b, a | b, a ^ b, ~a, a << 100, b >> 50, -a >> 3, -a << 3)
print(a ** 3, pow(a, b, 10 ** 9 + 7), pow(b, -1, 1000003))
print(hex(a), oct(a), bin(a)[:40], len(bin(b)))
print(int('9' * 50) + 1, int('-' + '1' * 40, 2), int('z' * 20, 36))
print(str(2 ** 1000)[:50], len(str(2 ** 1000)), str(2 ** 1000)[-20:])
print(abs(-(2 ** 100)), -(2 ** 100) < -(2 ** 99), 2 ** 100 > 2 ** 100 - 1)
print(2 ** 64 == 18446744073709551616, 2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF)
print((2 ** 64).bit_length(), (2 ** 64 - 1).bit_count(), (-(2 ** 70)).bit_length())
print((2 ** 70).to_bytes(10, 'big'), int.from_bytes(b'\xff' * 12, 'little', signed=True))
print(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, -(2 ** 53) - 1)
print(9007199254740993 * 3, 9007199254740993 // 3, 9007199254740993 % 1000)
print(float(2 ** 53 + 1), int(float(2 ** 53 + 1)), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 / 3, 10 ** 40 / 10 ** 20, (10 ** 400) // (10 ** 399), 2 ** 1000 / 2 ** 999)
print(round(10 ** 20 + 5, -1), round(-(10 ** 20) - 15, -1), round(123456789123456789, -5))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(max(2 ** 100, 2 ** 100 + 1, -5), min(-(2 ** 100), 0))
print(sorted([2 ** 70, -3, 2 ** 69, 1.5, -(2 ** 80)]))
print(hash(2 ** 100), hash(-(2 ** 100)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(f'{2 ** 100:,}', f'{2 ** 80:x}', f'{-(2 ** 70):>40}', f'{2 ** 90:e}')
print('%d %x %o' % (3 ** 50, 3 ** 50, 3 ** 50))
x = 1
for i in range(100):
    x = x * 3 + i
print(x, x % 1000000007, x.bit_length())
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150], fib[150] // fib[149], fib[150] % fib[149])
print(1 << 200 >> 199, (1 << 200) - 1 & 0xFFFF, 0 - (1 << 200))
print(int(1e300) // 10 ** 290, int(-1e300) % 7)
print(divmod(2 ** 200, 2 ** 100 + 1), divmod(-(2 ** 200), 2 ** 100 + 1))
print((2 ** 100) * 0.5, (2 ** 100) + 0.5, (2 ** 100) / 3)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print('OverflowError', e)
print((10 ** 400) / (10 ** 399), (10 ** 400) // 3 % 1000)
