import sys
P = 21888242871839275222246405745257275088548364400416034343698204186575808495617
n = bad = 0
for line in sys.stdin:
    a, b, s, d, m, i = (int(x, 16) for x in line.split())
    n += 1
    want = ((a + b) % P, (a - b) % P, a * b % P, pow(a, P - 2, P) if a else 0)
    if (s, d, m, i) != want:
        bad += 1
        if bad < 5:
            print("wrong:", line.strip())
print("field: %d vectors, %d wrong" % (n, bad))
