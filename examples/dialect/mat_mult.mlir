// mat_mult: C = A * B for two 8x8 matrices of small signed entries drawn from
// a 31-bit LCG; each entry of C is a call to @dot. Prints the trace of C, the
// sum of its entries, a position-weighted checksum, and its largest entry.

circ.ram @A[64]
circ.ram @B[64]
circ.ram @C[64]

// Row i of A times column j of B.
func.func @dot(%i: i64, %j: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c8 = arith.constant 8 : i64
  %s = circ.var "s" = %c0 : i64
  scf.for %k = %c0 to %c8 step %c1 : i64 {
    %i8 = arith.muli %i, %c8 : i64
    %ik = arith.addi %i8, %k : i64
    %a = circ.load @A[%ik]
    %k8 = arith.muli %k, %c8 : i64
    %kj = arith.addi %k8, %j : i64
    %b = circ.load @B[%kj]
    %p = arith.muli %a, %b : i64
    %s0 = circ.get %s : i64
    %s1 = arith.addi %s0, %p : i64
    circ.set %s = %s1 : i64
  }
  %r = circ.get %s : i64
  func.return %r : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c8 = arith.constant 8 : i64
  %c9 = arith.constant 9 : i64
  %c16 = arith.constant 16 : i64
  %c31 = arith.constant 31 : i64
  %c50 = arith.constant 50 : i64
  %c64 = arith.constant 64 : i64
  %c101 = arith.constant 101 : i64
  %lcg_a = arith.constant 1103515245 : i64
  %lcg_c = arith.constant 12345 : i64
  %mask31 = arith.constant 2147483647 : i64
  %prime = arith.constant 1000000007 : i64
  %seed = arith.constant 7 : i64
  %x = circ.var "x" = %seed : i64
  scf.for %i = %c0 to %c64 step %c1 : i64 {
    %x0 = circ.get %x : i64
    %m1 = arith.muli %x0, %lcg_a : i64
    %s1 = arith.addi %m1, %lcg_c : i64
    %x1 = arith.andi %s1, %mask31 : i64
    %ha = arith.shrsi %x1, %c16 : i64
    %ra = arith.remsi %ha, %c101 : i64
    %va = arith.subi %ra, %c50 : i64
    circ.store @A[%i] = %va
    %m2 = arith.muli %x1, %lcg_a : i64
    %s2 = arith.addi %m2, %lcg_c : i64
    %x2 = arith.andi %s2, %mask31 : i64
    %hb = arith.shrsi %x2, %c16 : i64
    %rb = arith.remsi %hb, %c101 : i64
    %vb = arith.subi %rb, %c50 : i64
    circ.store @B[%i] = %vb
    circ.set %x = %x2 : i64
  }

  scf.for %i = %c0 to %c8 step %c1 : i64 {
    scf.for %j = %c0 to %c8 step %c1 : i64 {
      %d = func.call @dot(%i, %j) : (i64, i64) -> i64
      %i8 = arith.muli %i, %c8 : i64
      %ij = arith.addi %i8, %j : i64
      circ.store @C[%ij] = %d
    }
  }

  %trace = circ.var "trace" = %c0 : i64
  scf.for %i = %c0 to %c8 step %c1 : i64 {
    %ii = arith.muli %i, %c9 : i64
    %cii = circ.load @C[%ii]
    %t0 = circ.get %trace : i64
    %t1 = arith.addi %t0, %cii : i64
    circ.set %trace = %t1 : i64
  }

  %sum = circ.var "sum" = %c0 : i64
  %check = circ.var "check" = %c0 : i64
  %cfirst = circ.load @C[%c0]
  %max = circ.var "max" = %cfirst : i64
  scf.for %i = %c0 to %c64 step %c1 : i64 {
    %c = circ.load @C[%i]
    %u0 = circ.get %sum : i64
    %u1 = arith.addi %u0, %c : i64
    circ.set %sum = %u1 : i64
    %k0 = circ.get %check : i64
    %k31 = arith.muli %k0, %c31 : i64
    %kc = arith.addi %k31, %c : i64
    %k1 = arith.remsi %kc, %prime : i64
    circ.set %check = %k1 : i64
    %mx = circ.get %max : i64
    %gt = arith.cmpi sgt, %c, %mx : i64
    scf.if %gt {
      %c2 = circ.load @C[%i]
      circ.set %max = %c2 : i64
    }
  }
  %tp = circ.get %trace : i64
  circ.print %tp : i64
  %sp = circ.get %sum : i64
  circ.print %sp : i64
  %kp = circ.get %check : i64
  circ.print %kp : i64
  %mp = circ.get %max : i64
  circ.print %mp : i64
  func.return %c0 : i64
}
