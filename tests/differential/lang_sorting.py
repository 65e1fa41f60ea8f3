# Sorting: stability, keys, reverse, mixed numeric types, tuples, custom __lt__, sort vs sorted, min/max ties.

people = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'SF'), ('dave', 25, 'NY'),
          ('eve', 35, 'LA'), ('frank', 30, 'NY'), ('grace', 25, 'SF')]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1]))
print(sorted([3, 1.5, 2, True, 0.5, -1, 2.0, 1]))
print(sorted([2, 2.0, 1, 1.0, True], key=lambda v: v))
print(sorted([2.0, 2, 1.0, 1, True]))
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', '_x', '10', '9', '']))
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana'], key=str.lower))
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana'], key=len))
print(sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True))
print(sorted(range(-5, 6), key=abs))
print(sorted(range(-5, 6), key=lambda v: (abs(v), v)))
print(sorted(range(20), key=lambda v: v % 5))
print(sorted(range(20), key=lambda v: v % 5, reverse=True))
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [3]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a', 0)]))
print(sorted('the quick brown fox jumps over the lazy dog'.split(), key=lambda w: (-len(w), w)))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
print(sorted({'b': 2, 'a': 3, 'c': 1}, key={'b': 2, 'a': 3, 'c': 1}.get))
print(sorted([0.1, -0.0, 0.0, -1e-300, 1e-300, float('inf'), -float('inf')]))

class Card:
    order = '23456789TJQKA'
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ['Kh', '2c', 'Ad', 'Ts', '2h', 'Kc', '9d']]
print(sorted(hand), sorted(hand, reverse=True), min(hand), max(hand))
hand.sort()
print(hand)

data = [5, 3, 8, 1, 9, 2, 7]
data.sort(reverse=True)
print(data)
data.sort(key=lambda v: -v)
print(data)
print(min(data), max(data), min(data, key=lambda v: abs(v - 5)), max(data, key=lambda v: v % 4))
print(min([(1, 'b'), (1, 'a')]), max(['a', 'B', 'c'], key=str.upper), min('hello'), max('hello'))
print(min([], default='none'), max([3], default=0), min(4, 2, 8), max(4, 2, 8, key=lambda v: -v))
words = ['aa', 'b', 'cc', 'd', 'ee']
print(max(words, key=len), min(words, key=len))

def insertion_sort(seq):
    a = list(seq)
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def quick_sort(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick_sort([x for x in a if x < p]) + [x for x in a if x == p] + quick_sort([x for x in a if x > p])
seq = [(i * 7919) % 101 - 50 for i in range(60)]
print(seq)
print(insertion_sort(seq) == sorted(seq), merge_sort(seq) == sorted(seq), quick_sort(seq) == sorted(seq))
print(sorted(seq)[:15], sorted(seq, reverse=True)[:15])
lst = list(range(10))
lst.sort(key=lambda v: (v % 3, -v))
print(lst)
print(sorted(reversed(range(5))), list(reversed(sorted('cab'))))
