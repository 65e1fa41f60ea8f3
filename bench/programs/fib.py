# recursion and calls
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main(scale=1):
    return fib(25 + scale)
