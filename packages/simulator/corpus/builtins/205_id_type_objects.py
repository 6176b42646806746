class K:
    pass
k = K()
print(type(k).__name__, type(K).__name__, isinstance(k, K))
print(type(print).__name__, type(len).__name__)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
