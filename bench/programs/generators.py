# generators and generator expressions
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def main(scale=1):
    total = sum(x * 2 for x in evens(numbers(500_000 * scale)))
    return total
