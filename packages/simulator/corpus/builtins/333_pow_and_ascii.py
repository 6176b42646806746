# pow() with two and three arguments, modular inverse, and base conversions.
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(2.0, 3), pow(2, -1), pow(0, 0), pow(7, 0, 1))
for args in [(2, 3, 0), (2, 0.5, 3), (2, -1, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-16), bin(5), bin(-3), oct(8), oct(0))
