import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
assert a == [random.random() for _ in range(5)], "same seed, same sequence"
assert a[0] == 0.6394267984578837, a[0]  # CPython's first value for seed 42
r = random.Random(1)
assert r.randint(1, 100) == 18
assert all(1 <= random.randint(1, 6) <= 6 for _ in range(1000))
assert all(0 <= random.randrange(0, 10, 2) < 10 and random.randrange(0, 10, 2) % 2 == 0 for _ in range(100))
xs = list(range(10))
random.shuffle(xs)
assert sorted(xs) == list(range(10))
s = random.sample(range(100), 10)
assert len(set(s)) == 10
assert random.choice("abc") in "abc"
c = random.choices("ab", weights=[0, 1], k=20)
assert c == ["b"] * 20
try:
    random.choice([])
    assert False
except IndexError as e:
    assert str(e) == "Cannot choose from an empty sequence"
state = random.getstate()
v = random.random()
random.setstate(state)
assert random.random() == v
class Loaded(random.Random):
    pass
assert isinstance(Loaded(3).random(), float)
