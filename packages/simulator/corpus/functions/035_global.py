count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 99
    return count
print(shadow(), count)
