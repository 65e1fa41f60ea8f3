# Numeric hashing (documented algorithm: modulus 2**61 - 1) and equality across int/float/bool/complex;
# dict/set behaviour that depends on it.

vals = [0, 1, -1, 2, -2, 7, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 64), 10 ** 20,
        -(10 ** 20), 3 ** 100, 0.5, -0.5, 1.5, 0.1, 1e10, 1e100, -1e-100, 2.0 ** 70, float('inf'), -float('inf'),
        True, False, 1 + 0j, 2j, 1.5 - 2.5j, 0.0, -0.0]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(2 ** 70) == hash(2.0 ** 70), hash(0.5) == hash(0.5 + 0j))
d = {}
for k in [1, 1.0, True, 2, 2.0, 0, 0.0, False, -0.0, 0j, 2 ** 61 - 1, 0.5]:
    d[k] = repr(k)
print(d, len(d))
print({1, 1.0, True, 2, 2.0}, {0, -0.0, False, 0j}, len({2 ** 61 - 1, 0}))
print([hash(i) for i in range(-5, 6)])
print([hash(i / 4) for i in range(-4, 5)])
print([hash(2 ** i) for i in range(58, 66)])
print([hash(-(2 ** i)) for i in range(58, 66)])
print(hash(float(2 ** 61 - 1)), hash(2.0 ** 61), hash(1e308), hash(5e-324))
