#!/usr/bin/env bash
# prove-demo.sh DIR BLOCK: makes a Groth16 proof of one block execution with
# snarkjs and verifies it. Reads DIR/BLOCK.r1cs and DIR/BLOCK.0.wtns (what
# circ-r1cs writes: iden3 formats over BN254's scalar field). Throwaway setup:
# a powers-of-tau file made here at the size the block needs, one phase-1 and
# one phase-2 contribution with fixed entropy (not a secure ceremony). Prints
# the wall time of each step and ends with "prove-demo: verified"; every
# temporary file lives in a mktemp dir removed at exit.
set -euo pipefail

usage() { echo "usage: prove-demo.sh DIR BLOCK (reads DIR/BLOCK.r1cs and DIR/BLOCK.0.wtns)" >&2; exit 2; }
die() { echo "prove-demo: error: $*" >&2; exit 1; }

[ $# -eq 2 ] || usage
dir=$1 block=$2
r1cs=$dir/$block.r1cs
wtns=$dir/$block.0.wtns
[ -f "$r1cs" ] || die "$r1cs not found"
[ -f "$wtns" ] || die "$wtns not found"
command -v python3 >/dev/null 2>&1 || die "python3 not found (scripts/install-deps.sh)"

snarkjs=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/snarkjs.sh
tmp=$(mktemp -d "${TMPDIR:-/tmp}/prove-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Header of the .r1cs (section 1): n8, prime, nWires, nPubOut, nPubIn, nPrvIn,
# nLabels (u64), mConstraints. snarkjs's groth16 setup needs a domain of
# 2^k >= mConstraints + nPubOut + nPubIn + 1 rows (zkey_new.js: cirPower =
# log2(nConstraints + nPubInputs + nOutputs) + 1), so the ptau power is that k.
read -r n_wires n_pub n_cons power < <(python3 - "$r1cs" <<'EOF'
import struct, sys
d = open(sys.argv[1], "rb").read()
if len(d) < 12 or d[:4] != b"r1cs":
    sys.exit("not an iden3 .r1cs file (magic)")
pos, nsec = 12, struct.unpack_from("<I", d, 8)[0]
for _ in range(nsec):
    sid, size = struct.unpack_from("<IQ", d, pos)
    pos += 12
    if sid == 1:
        n8 = struct.unpack_from("<I", d, pos)[0]
        wires, out, pub, prv, labels, cons = struct.unpack_from("<IIIIQI", d, pos + 4 + n8)
        k = max(1, (cons + out + pub).bit_length())
        print(wires, out + pub, cons, k)
        sys.exit(0)
    pos += size
sys.exit("no header section (id 1)")
EOF
) || die "cannot read the header of $r1cs"
[ "$power" -le 28 ] || die "$r1cs needs a powers-of-tau of power $power (> 28, snarkjs's limit)"
echo "prove-demo: $block: $n_cons constraints, $n_wires wires, $n_pub public; powers of tau 2^$power"

# step NAME OUTPUT CMD...: runs one snarkjs command, times it, and fails with
# its log when it exits non-zero, logs an error, or leaves OUTPUT missing
# (some snarkjs commands log an error and still exit 0).
step() {
  local name=$1 out=$2 log t0 t1 rc
  shift 2
  log=$tmp/log.$(echo "$name" | tr ' ' _)
  t0=$(date +%s.%N)
  set +e
  "$snarkjs" "$@" >"$log" 2>&1
  rc=$?
  set -e
  t1=$(date +%s.%N)
  if [ "$rc" -ne 0 ] || grep -q '\[ERROR\]' "$log" || { [ -n "$out" ] && [ ! -s "$out" ]; }; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -n 20 >&2
    die "$name failed (snarkjs exit code $rc)"
  fi
  awk -v n="$name" -v a="$t0" -v b="$t1" 'BEGIN { printf "prove-demo: %s %.2f s\n", n, b - a }'
}

step "wtns check" "" wtns check "$r1cs" "$wtns"
step "powersoftau new" "$tmp/pot0.ptau" powersoftau new bn128 "$power" "$tmp/pot0.ptau"
step "powersoftau contribute" "$tmp/pot1.ptau" \
  powersoftau contribute "$tmp/pot0.ptau" "$tmp/pot1.ptau" --name=prove-demo -e=circ-prove-demo-phase1
step "powersoftau prepare phase2" "$tmp/pot.ptau" \
  powersoftau prepare phase2 "$tmp/pot1.ptau" "$tmp/pot.ptau"
step "groth16 setup" "$tmp/block0.zkey" groth16 setup "$r1cs" "$tmp/pot.ptau" "$tmp/block0.zkey"
step "zkey contribute" "$tmp/block.zkey" \
  zkey contribute "$tmp/block0.zkey" "$tmp/block.zkey" --name=prove-demo -e=circ-prove-demo-phase2
step "zkey export verificationkey" "$tmp/vkey.json" \
  zkey export verificationkey "$tmp/block.zkey" "$tmp/vkey.json"
step "groth16 prove" "$tmp/proof.json" groth16 prove "$tmp/block.zkey" "$wtns" "$tmp/proof.json" "$tmp/public.json"
step "groth16 verify" "" groth16 verify "$tmp/vkey.json" "$tmp/public.json" "$tmp/proof.json"
grep -q 'OK!' "$tmp/log.groth16_verify" || die "groth16 verify did not say OK!"
echo "prove-demo: public signals $(tr -d ' \n' < "$tmp/public.json")"
echo "prove-demo: verified"
