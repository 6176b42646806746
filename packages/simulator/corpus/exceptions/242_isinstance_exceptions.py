errs = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t"), NameError("n"), AttributeError("a"), RuntimeError("r"), StopIteration()]
for e in errs:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, LookupError), isinstance(e, ArithmeticError))
print(isinstance(RecursionError(), RuntimeError), isinstance(UnboundLocalError(), NameError))
