def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
m = [[1, 2], [3, 4]]
print(mat_mul(m, m))
print([list(row) for row in zip(*m)])
