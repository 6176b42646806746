# A keyword given twice through ** names the callee as CPython does.
def f(**kw):
    pass
class C:
    def m(self, **kw):
        pass
for call in [lambda: f(a=1, **{"a": 2}), lambda: f(**{1: 2}), lambda: C().m(a=1, **{"a": 1}), lambda: print(sep="", **{"sep": ""}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: dict(a=1, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
print({**{"a": 1}, "a": 2, **{"a": 3}})
