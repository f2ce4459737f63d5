# Fails (exit 1) if some ra-report line has width != lower-bound.
/ra-report:/ {
  w = ""; l = ""
  for (i = 1; i <= NF; i++) {
    if ($i ~ /^width=/) w = substr($i, 7)
    if ($i ~ /^lower-bound=/) l = substr($i, 13)
  }
  n++
  if (w != l) { print "width " w " != lower bound " l ": " $0; bad = 1 }
}
END {
  if (n == 0) { print "no ra-report lines"; exit 1 }
  exit bad
}
