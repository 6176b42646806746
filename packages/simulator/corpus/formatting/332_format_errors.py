# str.format: nested width fields, and the errors for bad fields.
print("{:>{w}}".format("r", w=4), "{:{}}|".format("ab", 5), "{0:{1}.{2}f}".format(3.14159, 8, 2), "{{}} {}".format(1))
for f, a in [("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("}", ()), ("{", ()), ("{!x}", (1,)), ("{2}", (1,)), ("{}{}", (1,))]:
    try:
        print(f.format(*a))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{a[0]}-{a[1]}".format(a=[5, 6]), "{0[x]}".format({"x": 1}), "{:^7}|{:<3}|{:>3}".format("mid", 1, 2))
