# fewer.awk -v key=K -v ratio=R: of the two "K: N" lines on the input, the
# first N must be at most R times the second; prints both and fails if not.
$1 == key ":" { v[n++] = $2 }
END {
  if (n != 2) { print "fewer.awk: expected two '" key ":' lines, got " n; exit 2 }
  printf "%s: %d vs %d (%.3f, need <= %s)\n", key, v[0], v[1], v[0] / v[1], ratio
  exit (v[0] <= ratio * v[1]) ? 0 : 1
}
