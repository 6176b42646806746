class Oops(Exception):
    pass
print("about to fail")
raise Oops("custom failure")
