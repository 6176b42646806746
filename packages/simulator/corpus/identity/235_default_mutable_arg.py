def add(item, bucket=[]):
    bucket.append(item)
    return bucket
x = add(1)
y = add(2)
print(x, y, x is y)
z = add(3, [])
print(z, z is x)
