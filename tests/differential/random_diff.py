# random must reproduce CPython's sequences exactly for the same seed
import random
for seed in [0, 1, 42, -7, 2**64 + 3, "hello", b"bytes", 3.5]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 6), random.randrange(0, 100, 7), random.choice("abcdefg"))
    print(random.uniform(-1, 1), random.gauss(0, 1), random.gauss(10, 2), random.getrandbits(70))
    xs = list(range(20))
    random.shuffle(xs)
    print(xs)
    print(random.sample(range(1000), 5), random.sample(["a", "b", "c", "d"], 4))
    print(random.choices(["r", "g", "b"], weights=[5, 1, 1], k=8), random.choices(range(10), k=4))
    print(random.triangular(0, 10, 3), random.expovariate(2.0), random.betavariate(2, 3))
r = random.Random(2024)
print([r.randint(0, 9) for _ in range(20)])
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(7)
print([d.roll() for _ in range(10)])
random.seed(99)
world = [random.randint(1, 10) for _ in range(10000)]
print(sum(world), world[:10], world[-5:])
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
