# Small algorithms: recursive flatten, word counts, zip(*matrix), a memoizing decorator, bracket matching.
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, []]], 5]]))
def count_words(text):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        counts[w] = counts.get(w, 0) + 1
    return counts
c = count_words("The cat. The dog! the END?")
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [sum(r) for r in matrix], [[r[i] for r in matrix] for i in range(3)])
def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib(100))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        print(top + ch, end=" ")
print(len(stack) == 0)
