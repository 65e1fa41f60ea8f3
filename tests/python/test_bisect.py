# bisect: bisect_left/right with lo/hi/key and insort
import bisect

a = [1, 2, 2, 2, 3, 5]
assert bisect.bisect_left(a, 2) == 1 and bisect.bisect_right(a, 2) == 4 and bisect.bisect(a, 2) == 4
assert bisect.bisect_left(a, 0) == 0 and bisect.bisect_right(a, 9) == 6 and bisect.bisect_left(a, 4) == 5
assert bisect.bisect_left(a, 2, 2) == 2 and bisect.bisect_right(a, 2, 0, 2) == 2 and bisect.bisect_left(a, 5, 0, 3) == 3
assert bisect.bisect_left([], 1) == 0
try:
    bisect.bisect_left(a, 1, -1)
    assert False
except ValueError as e:
    assert str(e) == 'lo must be non-negative'
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
assert b == [1, 1, 3, 4, 5]
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
assert b == [1, 1, 3, 4, 4, 4.0, 5] and type(b[3]) is int and type(b[5]) is float
recs = [('a', 1), ('b', 3), ('c', 5)]
assert bisect.bisect_left(recs, 3, key=lambda r: r[1]) == 1
assert bisect.bisect_right(recs, 3, key=lambda r: r[1]) == 2
bisect.insort(recs, ('z', 4), key=lambda r: r[1])
assert recs == [('a', 1), ('b', 3), ('z', 4), ('c', 5)]
bisect.insort_left(recs, ('y', 3), key=lambda r: r[1])
assert recs[1] == ('y', 3)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


assert [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]] == ['F', 'A', 'C', 'C', 'B', 'A', 'A']
