def find():
    pass
result = find()
print(result[0])
