# integer loops and arithmetic
def main(scale=1):
    total = 0
    for i in range(1_000_000 * scale):
        total += i * i % 7
        if i & 1:
            total -= 3
    return total
