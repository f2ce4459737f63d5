# Reads two reports, each an io-width-choice line and circ-sim's prover-cost
# line (the first with the machine blocks' counts, the second without), and
# prints "closer: yes" if the first prediction is the nearer to its run.
/^io-width-choice:/ {
  for (i = 1; i <= NF; i++)
    if ($i ~ /^predicted-cost=/) {
      split($i, kv, "=")
      predicted[++np] = kv[2]
    }
}
/^prover-cost:/ { measured[++nm] = $2 }
END {
  if (np != 2 || nm != 2) {
    print "closer: expected two predictions and two runs"
    exit 1
  }
  d1 = predicted[1] - measured[1]
  d2 = predicted[2] - measured[2]
  if (d1 < 0) d1 = -d1
  if (d2 < 0) d2 = -d2
  print "closer: " (d1 < d2 ? "yes" : "no") " (" d1 " against " d2 ")"
}
