// find_min: the smallest of 96 pseudo-random values (a 31-bit LCG) by a linear
// scan; the prover supplies the index of the minimum as a witness and the
// program checks it against every element. Then the minima of eight windows
// of 12 (found in a nested scope that shadows `best`): their sum and maximum.

circ.ram @vals[96]

// Index of the first smallest element of vals[lo..hi).
func.func @argmin(%lo: i64, %hi: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %v0 = circ.load @vals[%lo]
  %best = circ.var "best" = %v0 : i64
  %where = circ.var "where" = %lo : i64
  %start = arith.addi %lo, %c1 : i64
  scf.for %i = %start to %hi step %c1 : i64 {
    %v = circ.load @vals[%i]
    %b = circ.get %best : i64
    %lt = arith.cmpi slt, %v, %b : i64
    scf.if %lt {
      %v1 = circ.load @vals[%i]
      circ.set %best = %v1 : i64
      circ.set %where = %i : i64
    }
  }
  %w = circ.get %where : i64
  func.return %w : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c8 = arith.constant 8 : i64
  %c12 = arith.constant 12 : i64
  %c16 = arith.constant 16 : i64
  %c96 = arith.constant 96 : i64
  %mask31 = arith.constant 2147483647 : i64
  %lcg_a = arith.constant 1103515245 : i64
  %lcg_c = arith.constant 12345 : i64
  %c100000 = arith.constant 100000 : i64
  %c50000 = arith.constant 50000 : i64
  %seed = arith.constant 2024 : i64
  %x = circ.var "x" = %seed : i64
  scf.for %i = %c0 to %c96 step %c1 : i64 {
    %x0 = circ.get %x : i64
    %m = arith.muli %x0, %lcg_a : i64
    %s = arith.addi %m, %lcg_c : i64
    %x1 = arith.andi %s, %mask31 : i64
    circ.set %x = %x1 : i64
    %h = arith.shrsi %x1, %c8 : i64
    %r = arith.remsi %h, %c100000 : i64
    %v = arith.subi %r, %c50000 : i64
    circ.store @vals[%i] = %v
  }

  // The prover's claimed index of the minimum; the hint is argmin's answer.
  %hint = func.call @argmin(%c0, %c96) : (i64, i64) -> i64
  %w0 = circ.witness %hint : i64
  %w = circ.var "w" = %w0 : i64
  %wa = circ.get %w : i64
  %ge0 = arith.cmpi sge, %wa, %c0 : i64
  circ.assert %ge0, "witness in range"
  %ltn = arith.cmpi slt, %wa, %c96 : i64
  circ.assert %ltn, "witness in range"
  %m0 = circ.load @vals[%wa]
  %min = circ.var "min" = %m0 : i64
  scf.for %i = %c0 to %c96 step %c1 : i64 {
    %mv = circ.get %min : i64
    %vi = circ.load @vals[%i]
    %le = arith.cmpi sle, %mv, %vi : i64
    circ.assert %le, "witness is a minimum"
  }
  %wp = circ.get %w : i64
  circ.print %wp : i64
  %mp = circ.get %min : i64
  circ.print %mp : i64

  %cneg = arith.constant -1000000 : i64
  %best = circ.var "best" = %cneg : i64   // the largest window minimum
  %sum = circ.var "sum" = %c0 : i64
  scf.for %k = %c0 to %c8 step %c1 : i64 {
    %lo = arith.muli %k, %c12 : i64
    %hi = arith.addi %lo, %c12 : i64
    %wh = func.call @argmin(%lo, %hi) : (i64, i64) -> i64
    %where = circ.var "where" = %wh : i64
    circ.scope {
      %wi = circ.get %where : i64
      %bv = circ.load @vals[%wi]
      %best2 = circ.var "best" = %bv : i64   // shadows the outer best
      %s0 = circ.get %sum : i64
      %b2 = circ.get %best2 : i64
      %s1 = arith.addi %s0, %b2 : i64
      circ.set %sum = %s1 : i64
      circ.set %where = %b2 : i64
    }
    %wv = circ.get %where : i64
    %bo = circ.get %best : i64
    %gt = arith.cmpi sgt, %wv, %bo : i64
    scf.if %gt {
      %wv2 = circ.get %where : i64
      circ.set %best = %wv2 : i64
    }
  }
  %sp = circ.get %sum : i64
  circ.print %sp : i64
  %bp = circ.get %best : i64
  circ.print %bp : i64
  func.return %c0 : i64
}
