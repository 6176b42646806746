print("x")
n = 5 + "5"
