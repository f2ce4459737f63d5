// poseidon: a toy Poseidon permutation over the prime p = 2^31 - 1 (width 3,
// x^5 S-box, 8 full and 6 partial rounds, round constants from a 31-bit LCG,
// a small fixed mixing matrix), used as a sponge of rate 2 over 8 inputs.
// Products are reduced mod p with a prover-supplied quotient (a witness).

circ.rom @mds = [2, 1, 1, 1, 2, 1, 1, 1, 3]
circ.rom @inputs = [1, 2, 3, 4, 5, 6, 7, 8]
circ.ram @rc[42]   // 3 round constants for each of the 14 rounds
circ.ram @st[3]    // the state
circ.ram @tmp[3]

// a * b mod p for a, b in [0, p): the quotient is a witness, checked.
func.func @mulmod(%a: i64, %b: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %p = arith.constant 2147483647 : i64
  %ab = arith.muli %a, %b : i64
  %hint = arith.divsi %ab, %p : i64
  %q = circ.witness %hint : i64
  %qp = arith.muli %q, %p : i64
  %r = arith.subi %ab, %qp : i64
  %ge = arith.cmpi sge, %r, %c0 : i64
  circ.assert %ge, "remainder in range"
  %lt = arith.cmpi slt, %r, %p : i64
  circ.assert %lt, "remainder in range"
  func.return %r : i64
}

func.func @pow5(%x: i64) -> i64 {
  %x2 = func.call @mulmod(%x, %x) : (i64, i64) -> i64
  %x4 = func.call @mulmod(%x2, %x2) : (i64, i64) -> i64
  %x5 = func.call @mulmod(%x4, %x) : (i64, i64) -> i64
  func.return %x5 : i64
}

func.func @permute() {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64        // RF / 2
  %c10 = arith.constant 10 : i64      // RF / 2 + RP
  %rounds = arith.constant 14 : i64   // RF + RP
  %p = arith.constant 2147483647 : i64
  scf.for %r = %c0 to %rounds step %c1 : i64 {
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %s = circ.load @st[%i]
      %r3 = arith.muli %r, %c3 : i64
      %at = arith.addi %r3, %i : i64
      %k = circ.load @rc[%at]
      %sk = arith.addi %s, %k : i64
      %sm = arith.remsi %sk, %p : i64
      circ.store @st[%i] = %sm
    }
    %full = circ.var "full" = %c0 : i64
    %first = arith.cmpi slt, %r, %c4 : i64
    scf.if %first {
      circ.set %full = %c1 : i64
    }
    %last = arith.cmpi sge, %r, %c10 : i64
    scf.if %last {
      circ.set %full = %c1 : i64
    }
    %fv = circ.get %full : i64
    %isfull = arith.cmpi eq, %fv, %c1 : i64
    scf.if %isfull {
      scf.for %i = %c0 to %c3 step %c1 : i64 {
        %v = circ.load @st[%i]
        %v5 = func.call @pow5(%v) : (i64) -> i64
        circ.store @st[%i] = %v5
      }
    } else {
      %v0 = circ.load @st[%c0]
      %v05 = func.call @pow5(%v0) : (i64) -> i64
      circ.store @st[%c0] = %v05
    }
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %sum = circ.var "s" = %c0 : i64
      scf.for %j = %c0 to %c3 step %c1 : i64 {
        %i3 = arith.muli %i, %c3 : i64
        %ij = arith.addi %i3, %j : i64
        %m = circ.load @mds[%ij]
        %sj = circ.load @st[%j]
        %prod = arith.muli %m, %sj : i64
        %s0 = circ.get %sum : i64
        %s1 = arith.addi %s0, %prod : i64
        circ.set %sum = %s1 : i64
      }
      %s2 = circ.get %sum : i64
      %red = arith.remsi %s2, %p : i64
      circ.store @tmp[%i] = %red
    }
    scf.for %i = %c0 to %c3 step %c1 : i64 {
      %t = circ.load @tmp[%i]
      circ.store @st[%i] = %t
    }
  }
  func.return
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c4 = arith.constant 4 : i64
  %c42 = arith.constant 42 : i64
  %p = arith.constant 2147483647 : i64
  %lcg_a = arith.constant 1103515245 : i64
  %lcg_c = arith.constant 12345 : i64
  %mask31 = arith.constant 2147483647 : i64
  %seed = arith.constant 42 : i64
  %x = circ.var "x" = %seed : i64
  scf.for %i = %c0 to %c42 step %c1 : i64 {
    %x0 = circ.get %x : i64
    %m = arith.muli %x0, %lcg_a : i64
    %s = arith.addi %m, %lcg_c : i64
    %x1 = arith.andi %s, %mask31 : i64
    circ.set %x = %x1 : i64
    %k = arith.remsi %x1, %p : i64
    circ.store @rc[%i] = %k
  }
  scf.for %k = %c0 to %c4 step %c1 : i64 {
    %k2 = arith.muli %k, %c2 : i64
    %in0 = circ.load @inputs[%k2]
    %s0 = circ.load @st[%c0]
    %a0 = arith.addi %s0, %in0 : i64
    %r0 = arith.remsi %a0, %p : i64
    circ.store @st[%c0] = %r0
    %k21 = arith.addi %k2, %c1 : i64
    %in1 = circ.load @inputs[%k21]
    %s1 = circ.load @st[%c1]
    %a1 = arith.addi %s1, %in1 : i64
    %r1 = arith.remsi %a1, %p : i64
    circ.store @st[%c1] = %r1
    func.call @permute() : () -> ()
    %out = circ.load @st[%c0]
    circ.print %out : i64
  }
  %o1 = circ.load @st[%c1]
  circ.print %o1 : i64
  %o2 = circ.load @st[%c2]
  circ.print %o2 : i64
  func.return %c0 : i64
}
