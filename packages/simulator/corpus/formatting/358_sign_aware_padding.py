# Format specs with '=' alignment, through str.format and format().
x = 5
print("{:=+6}".format(x), format(-3, "=6"))
