// kmp_search: Knuth-Morris-Pratt search of two patterns ("abaab", "babbab")
// in a 240-character text over {a, b} drawn from a 31-bit LCG. For each
// pattern prints the number of matches, the first and the last match position
// (-1 if none), then the sum of all match positions of both patterns.

circ.rom @pats = [97, 98, 97, 97, 98, 98, 97, 98, 98, 97, 98]
circ.ram @text[240]
circ.ram @fail[16]
circ.ram @res[3]   // first and last match position, sum of positions

// fail[i] = length of the longest proper border of pattern[0..i].
func.func @build_failure(%po: i64, %m: i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  circ.store @fail[%c0] = %c0
  %k = circ.var "k" = %c0 : i64
  scf.for %i = %c1 to %m step %c1 : i64 {
    %pi = arith.addi %po, %i : i64
    %ci = circ.load @pats[%pi]
    %c = circ.var "c" = %ci : i64
    scf.while : () -> () {
      %k0 = circ.get %k : i64
      %c0v = circ.get %c : i64
      %pk0 = arith.addi %po, %k0 : i64
      %p0 = circ.load @pats[%pk0]
      %kpos = arith.cmpi sgt, %k0, %c0 : i64
      %ne = arith.cmpi ne, %c0v, %p0 : i64
      %go = arith.andi %kpos, %ne : i1
      scf.condition(%go)
    } do {
      %k1 = circ.get %k : i64
      %km1 = arith.subi %k1, %c1 : i64
      %f = circ.load @fail[%km1]
      circ.set %k = %f : i64
      scf.yield
    }
    %k2 = circ.get %k : i64
    %c2 = circ.get %c : i64
    %pk2 = arith.addi %po, %k2 : i64
    %p2 = circ.load @pats[%pk2]
    %eq = arith.cmpi eq, %c2, %p2 : i64
    scf.if %eq {
      %k3 = circ.get %k : i64
      %k4 = arith.addi %k3, %c1 : i64
      circ.set %k = %k4 : i64
    }
    %k5 = circ.get %k : i64
    circ.store @fail[%i] = %k5
  }
  func.return
}

// Matches of the pattern pats[po..po+m) in text.
func.func @kmp(%po: i64, %m: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %cm1 = arith.constant -1 : i64
  %n = arith.constant 240 : i64
  func.call @build_failure(%po, %m) : (i64, i64) -> ()
  %k = circ.var "k" = %c0 : i64
  %found = circ.var "found" = %c0 : i64
  circ.store @res[%c0] = %cm1
  circ.store @res[%c1] = %cm1
  scf.for %i = %c0 to %n step %c1 : i64 {
    %ti = circ.load @text[%i]
    %c = circ.var "c" = %ti : i64
    scf.while : () -> () {
      %k0 = circ.get %k : i64
      %cv0 = circ.get %c : i64
      %pk0 = arith.addi %po, %k0 : i64
      %p0 = circ.load @pats[%pk0]
      %kpos = arith.cmpi sgt, %k0, %c0 : i64
      %ne = arith.cmpi ne, %cv0, %p0 : i64
      %go = arith.andi %kpos, %ne : i1
      scf.condition(%go)
    } do {
      %k1 = circ.get %k : i64
      %km1 = arith.subi %k1, %c1 : i64
      %f = circ.load @fail[%km1]
      circ.set %k = %f : i64
      scf.yield
    }
    %k2 = circ.get %k : i64
    %cv2 = circ.get %c : i64
    %pk2 = arith.addi %po, %k2 : i64
    %p2 = circ.load @pats[%pk2]
    %eq = arith.cmpi eq, %cv2, %p2 : i64
    scf.if %eq {
      %k3 = circ.get %k : i64
      %k4 = arith.addi %k3, %c1 : i64
      circ.set %k = %k4 : i64
    }
    %k5 = circ.get %k : i64
    %full = arith.cmpi eq, %k5, %m : i64
    scf.if %full {
      %im = arith.subi %i, %m : i64
      %pos0 = arith.addi %im, %c1 : i64
      %pos = circ.var "pos" = %pos0 : i64
      %f0 = circ.get %found : i64
      %f1 = arith.addi %f0, %c1 : i64
      circ.set %found = %f1 : i64
      %first = circ.load @res[%c0]
      %none = arith.cmpi slt, %first, %c0 : i64
      scf.if %none {
        %pos1 = circ.get %pos : i64
        circ.store @res[%c0] = %pos1
      }
      %pos2 = circ.get %pos : i64
      circ.store @res[%c1] = %pos2
      %sum0 = circ.load @res[%c2]
      %sum1 = arith.addi %sum0, %pos2 : i64
      circ.store @res[%c2] = %sum1
      %k6 = circ.get %k : i64
      %k7 = arith.subi %k6, %c1 : i64
      %f2 = circ.load @fail[%k7]
      circ.set %k = %f2 : i64
    }
  }
  %r = circ.get %found : i64
  func.return %r : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c5 = arith.constant 5 : i64
  %c6 = arith.constant 6 : i64
  %c16 = arith.constant 16 : i64
  %c97 = arith.constant 97 : i64
  %n = arith.constant 240 : i64
  %lcg_a = arith.constant 1103515245 : i64
  %lcg_c = arith.constant 12345 : i64
  %mask31 = arith.constant 2147483647 : i64
  %seed = arith.constant 99 : i64
  %x = circ.var "x" = %seed : i64
  scf.for %i = %c0 to %n step %c1 : i64 {
    %x0 = circ.get %x : i64
    %m = arith.muli %x0, %lcg_a : i64
    %s = arith.addi %m, %lcg_c : i64
    %x1 = arith.andi %s, %mask31 : i64
    circ.set %x = %x1 : i64
    %h = arith.shrsi %x1, %c16 : i64
    %bit = arith.andi %h, %c1 : i64
    %ch = arith.addi %bit, %c97 : i64
    circ.store @text[%i] = %ch
  }
  %n1 = func.call @kmp(%c0, %c5) : (i64, i64) -> i64
  circ.print %n1 : i64
  %first1 = circ.load @res[%c0]
  circ.print %first1 : i64
  %last1 = circ.load @res[%c1]
  circ.print %last1 : i64
  %n2 = func.call @kmp(%c5, %c6) : (i64, i64) -> i64
  circ.print %n2 : i64
  %first2 = circ.load @res[%c0]
  circ.print %first2 : i64
  %last2 = circ.load @res[%c1]
  circ.print %last2 : i64
  %sum = circ.load @res[%c2]
  circ.print %sum : i64
  func.return %c0 : i64
}
