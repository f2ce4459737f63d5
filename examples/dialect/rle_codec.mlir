// rle_codec: run-length encoding of 200 symbols (runs of 1..7 copies of a
// symbol 0..3, from a 31-bit LCG) into (symbol, count) pairs, then decoding and
// checking the round trip. Prints the input length, the number of runs, the
// longest run, a checksum of the encoding and the decoded length.

circ.ram @input[200]
circ.ram @enc[400]
circ.ram @dec[200]

// Encodes input[0..n) into enc as (symbol, count) pairs; returns the runs.
func.func @encode(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %runs = circ.var "runs" = %c0 : i64
  %in0 = circ.load @input[%c0]
  %sym = circ.var "sym" = %in0 : i64
  %count = circ.var "count" = %c1 : i64
  scf.for %i = %c1 to %n step %c1 : i64 {
    %ci = circ.load @input[%i]
    %c = circ.var "c" = %ci : i64
    %s0 = circ.get %sym : i64
    %same = arith.cmpi eq, %ci, %s0 : i64
    scf.if %same {
      %k0 = circ.get %count : i64
      %k1 = arith.addi %k0, %c1 : i64
      circ.set %count = %k1 : i64
    } else {
      %r0 = circ.get %runs : i64
      %at = arith.muli %r0, %c2 : i64
      %s1 = circ.get %sym : i64
      circ.store @enc[%at] = %s1
      %at1 = arith.addi %at, %c1 : i64
      %k2 = circ.get %count : i64
      circ.store @enc[%at1] = %k2
      %r1 = arith.addi %r0, %c1 : i64
      circ.set %runs = %r1 : i64
      %cv = circ.get %c : i64
      circ.set %sym = %cv : i64
      circ.set %count = %c1 : i64
    }
  }
  %r2 = circ.get %runs : i64
  %at2 = arith.muli %r2, %c2 : i64
  %s2 = circ.get %sym : i64
  circ.store @enc[%at2] = %s2
  %at3 = arith.addi %at2, %c1 : i64
  %k3 = circ.get %count : i64
  circ.store @enc[%at3] = %k3
  %r3 = arith.addi %r2, %c1 : i64
  func.return %r3 : i64
}

// Expands the runs into dec; returns the decoded length.
func.func @decode(%runs: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %out = circ.var "out" = %c0 : i64
  scf.for %r = %c0 to %runs step %c1 : i64 {
    %at = arith.muli %r, %c2 : i64
    %s = circ.load @enc[%at]
    %sym = circ.var "sym" = %s : i64
    %at1 = arith.addi %at, %c1 : i64
    %count = circ.load @enc[%at1]
    scf.for %t = %c0 to %count step %c1 : i64 {
      %o0 = circ.get %out : i64
      %sv = circ.get %sym : i64
      circ.store @dec[%o0] = %sv
      %o1 = arith.addi %o0, %c1 : i64
      circ.set %out = %o1 : i64
    }
  }
  %len = circ.get %out : i64
  func.return %len : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %c7 = arith.constant 7 : i64
  %c10 = arith.constant 10 : i64
  %c16 = arith.constant 16 : i64
  %c20 = arith.constant 20 : i64
  %n_in = arith.constant 200 : i64
  %prime = arith.constant 1000003 : i64
  %lcg_a = arith.constant 1103515245 : i64
  %lcg_c = arith.constant 12345 : i64
  %mask31 = arith.constant 2147483647 : i64
  %seed = arith.constant 31337 : i64
  %x = circ.var "x" = %seed : i64
  %n = circ.var "n" = %c0 : i64
  scf.while : () -> () {
    %n0 = circ.get %n : i64
    %more = arith.cmpi slt, %n0, %n_in : i64
    scf.condition(%more)
  } do {
    %x0 = circ.get %x : i64
    %m = arith.muli %x0, %lcg_a : i64
    %s = arith.addi %m, %lcg_c : i64
    %x1 = arith.andi %s, %mask31 : i64
    circ.set %x = %x1 : i64
    %h16 = arith.shrsi %x1, %c16 : i64
    %sy = arith.andi %h16, %c3 : i64
    %sym = circ.var "sym" = %sy : i64
    %h20 = arith.shrsi %x1, %c20 : i64
    %r7 = arith.remsi %h20, %c7 : i64
    %len = arith.addi %r7, %c1 : i64
    scf.for %t = %c0 to %len step %c1 : i64 {
      %n1 = circ.get %n : i64
      %room = arith.cmpi slt, %n1, %n_in : i64
      scf.if %room {
        %n2 = circ.get %n : i64
        %sv = circ.get %sym : i64
        circ.store @input[%n2] = %sv
        %n3 = arith.addi %n2, %c1 : i64
        circ.set %n = %n3 : i64
      }
    }
    scf.yield
  }

  %rr = func.call @encode(%n_in) : (i64) -> i64
  %runs = circ.var "runs" = %rr : i64
  %longest = circ.var "longest" = %c0 : i64
  %sum = circ.var "sum" = %c0 : i64
  %nr = circ.get %runs : i64
  scf.for %r = %c0 to %nr step %c1 : i64 {
    %at = arith.muli %r, %c2 : i64
    %esym = circ.load @enc[%at]
    %at1 = arith.addi %at, %c1 : i64
    %count = circ.load @enc[%at1]
    %u0 = circ.get %sum : i64
    %u7 = arith.muli %u0, %c7 : i64
    %s10 = arith.muli %esym, %c10 : i64
    %u1 = arith.addi %u7, %s10 : i64
    %u2 = arith.addi %u1, %count : i64
    %u3 = arith.remsi %u2, %prime : i64
    circ.set %sum = %u3 : i64
    %l0 = circ.get %longest : i64
    %gt = arith.cmpi sgt, %count, %l0 : i64
    scf.if %gt {
      %at2 = arith.muli %r, %c2 : i64
      %at3 = arith.addi %at2, %c1 : i64
      %count2 = circ.load @enc[%at3]
      circ.set %longest = %count2 : i64
    }
  }
  %nr2 = circ.get %runs : i64
  %dl = func.call @decode(%nr2) : (i64) -> i64
  %declen = circ.var "len" = %dl : i64
  %ok = arith.cmpi eq, %dl, %n_in : i64
  circ.assert %ok, "decoded length"
  scf.for %i = %c0 to %n_in step %c1 : i64 {
    %d = circ.load @dec[%i]
    %e = circ.load @input[%i]
    %same = arith.cmpi eq, %d, %e : i64
    circ.assert %same, "round trip"
  }

  %np = circ.get %n : i64
  circ.print %np : i64
  %rp = circ.get %runs : i64
  circ.print %rp : i64
  %lp = circ.get %longest : i64
  circ.print %lp : i64
  %sp = circ.get %sum : i64
  circ.print %sp : i64
  %dp = circ.get %declen : i64
  circ.print %dp : i64
  func.return %c0 : i64
}
