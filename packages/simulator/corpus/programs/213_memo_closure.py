def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = memo(slow_fib)
print(fib(60))
