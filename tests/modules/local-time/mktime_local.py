# time.mktime: the inverse of localtime, with C mktime's normalisation and tm_isdst handling (glibc's, as
# CPython on Linux); compared with CPython under several TZ settings (see local-time.test.ts)
import time


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for ymd in [(2024, 1, 1), (2024, 7, 1), (1970, 1, 1), (1969, 12, 31), (2000, 2, 29), (2038, 1, 19), (1950, 6, 15)]:
    for isdst in (-1, 0, 1):
        attempt(lambda: time.mktime(ymd + (12, 0, 0, 0, 1, isdst)))

# wall times in the gaps and folds of the zones' 2024 transitions, with every tm_isdst; the order matters
# (C mktime starts its search from the previous call's offset), and is the same for both interpreters
WALL = [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 3, 31, 1, 30), (2024, 10, 27, 1, 30),
        (2024, 4, 7, 1, 45), (2024, 10, 6, 2, 15), (2024, 3, 10, 1, 59), (2024, 3, 10, 3, 0)]
for w in WALL:
    for isdst in (-1, 0, 1, -1):
        attempt(lambda: time.mktime(w + (0, 0, 1, isdst)))
for w in WALL:
    attempt(lambda: time.mktime(w + (0, 0, 1, -1)))

# out-of-range fields normalise like C's mktime
for tup in [(2024, 13, 1, 0, 0, 0, 0, 1, -1), (2024, 0, 0, 0, 0, 0, 0, 1, -1), (2024, -11, 1, 0, 0, 0, 0, 1, -1),
            (2024, 1, 1, 25, 61, 61, 0, 1, -1), (2024, 1, 1, 0, 0, -1, 0, 1, -1), (2024, 1, 1, 0, 0, 3600, 0, 1, -1),
            (2024, 2, 30, 0, 0, 0, 0, 1, -1), (2024, 3, 10, 2, 0, 3599, 0, 1, -1), (2024, 1, 1, 0, 0, 0, 99, 999, -1),
            (2024, 1, 1, 0, 0, 0, 0, 1, True), (2024, 1, 1, 0, 0, 0, 0, 1, 5), (2024, 1, 1, 0, 0, 0, 0, 1, -7),
            (1, 1, 1, 0, 0, 0, 0, 1, -1), (0, 1, 1, 0, 0, 0, 0, 1, -1), (-1, 1, 1, 0, 0, 0, 0, 1, -1),
            (1900, 1, 1, 0, 0, 0, 0, 1, -1), (9999, 12, 31, 23, 59, 59, 0, 1, -1), (10000, 1, 1, 0, 0, 0, 0, 1, -1)]:
    attempt(lambda: time.mktime(tup))

# round trips through localtime
for t in [0, 1e9, 1704067200, 1719792000, 1710054000, 1730613600, 1711846800, 1729990800, 1712415600, 1728142200]:
    lt = time.localtime(t)
    print(t, time.mktime(lt), time.mktime(tuple(lt)))

# argument errors
for bad in [(1, 2, 3), 5, [2024, 1, 1, 0, 0, 0, 0, 1, -1], (2024, 1, 1, 0, 0, 0, 0, 1, -1, 0),
            (2024.0, 1, 1, 0, 0, 0, 0, 1, -1), (2024, '1', 1, 0, 0, 0, 0, 1, -1), (2 ** 31, 1, 1, 0, 0, 0, 0, 1, -1),
            (2024, 1, 1, 0, 0, 0, 0, 1, -2 ** 31 - 1), (2 ** 63, 1, 1, 0, 0, 0, 0, 1, -1),
            (-2 ** 31, 1, 1, 0, 0, 0, 0, 1, -1), (-2 ** 31 + 1899, 1, 1, 0, 0, 0, 0, 1, -1),
            time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0)), time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'X', 'y'))]:
    attempt(lambda: time.mktime(bad))
