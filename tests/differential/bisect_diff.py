# bisect: indexes and insort results compared with CPython
import bisect

seed = 12345


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100


s = []
for i in range(20):
    bisect.insort(s, rnd() % 10)
print(s, [bisect.bisect_left(s, v) for v in range(11)], [bisect.bisect_right(s, v) for v in range(11)])
print(bisect.bisect(s, 5, 3, 9), bisect.bisect_left(s, 5, hi=4), bisect.bisect_right(s, 3, lo=10))
r = [('x', 10), ('y', 20)]
bisect.insort_left(r, ('z', 20), key=lambda t: t[1])
bisect.insort_right(r, ('w', 10), key=lambda t: t[1])
print(r)
try:
    bisect.bisect([], 1, -2)
except Exception as e:
    print(type(e).__name__, e)
