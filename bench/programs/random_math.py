# random and math in a hot loop (world generation style)
import math
import random

def main(scale=1):
    random.seed(42)
    total = 0.0
    hits = 0
    for i in range(200_000 * scale):
        x = random.random() * 10
        y = random.uniform(-5, 5)
        d = math.sqrt(x * x + y * y)
        total += math.sin(d) * math.cos(x) + math.floor(y)
        if random.randint(1, 6) == 6:
            hits += 1
    return round(total, 6), hits
