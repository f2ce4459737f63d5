// dna_align: Needleman-Wunsch global alignment of two DNA strands (30 and 27
// bases, ASCII codes) with match +2, mismatch -1, gap -2; the score table in
// RAM, then a traceback. Prints the score, the sum of the table's cells, and
// the alignment's matches, mismatches, gaps and length.

circ.rom @sa = [71, 65, 84, 84, 65, 67, 65, 71, 67, 84, 84, 65, 67, 71, 71, 65, 84, 67, 67, 65, 71, 84, 65, 67, 71, 84, 84, 65, 71, 67]
circ.rom @sb = [71, 65, 84, 67, 65, 67, 65, 71, 84, 84, 65, 67, 71, 71, 84, 84, 67, 67, 65, 71, 65, 67, 71, 84, 65, 71, 67]
circ.ram @H[868]      // 31 rows of 28
circ.ram @stats[4]    // matches, mismatches, gaps, length

func.func @score(%a: i64, %b: i64) -> i64 {
  %cm1 = arith.constant -1 : i64
  %c2 = arith.constant 2 : i64
  %s = circ.var "s" = %cm1 : i64
  %eq = arith.cmpi eq, %a, %b : i64
  scf.if %eq {
    circ.set %s = %c2 : i64
  }
  %r = circ.get %s : i64
  func.return %r : i64
}

func.func @max3(%a: i64, %b: i64, %c: i64) -> i64 {
  %m = circ.var "m" = %a : i64
  %m0 = circ.get %m : i64
  %gt0 = arith.cmpi sgt, %b, %m0 : i64
  scf.if %gt0 {
    circ.set %m = %b : i64
  }
  %m1 = circ.get %m : i64
  %gt1 = arith.cmpi sgt, %c, %m1 : i64
  scf.if %gt1 {
    circ.set %m = %c : i64
  }
  %r = circ.get %m : i64
  func.return %r : i64
}

// Fills H and returns the sum of its inner cells.
func.func @fill() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %cm2 = arith.constant -2 : i64
  %w = arith.constant 28 : i64
  %rows = arith.constant 31 : i64
  scf.for %i = %c0 to %rows step %c1 : i64 {
    %iw = arith.muli %i, %w : i64
    %vi = arith.muli %i, %cm2 : i64
    circ.store @H[%iw] = %vi
  }
  scf.for %j = %c0 to %w step %c1 : i64 {
    %vj = arith.muli %j, %cm2 : i64
    circ.store @H[%j] = %vj
  }
  %sum = circ.var "sum" = %c0 : i64
  scf.for %i = %c1 to %rows step %c1 : i64 {
    scf.for %j = %c1 to %w step %c1 : i64 {
      %im1 = arith.subi %i, %c1 : i64
      %jm1 = arith.subi %j, %c1 : i64
      %a = circ.load @sa[%im1]
      %b = circ.load @sb[%jm1]
      %s = func.call @score(%a, %b) : (i64, i64) -> i64
      %i1 = arith.subi %i, %c1 : i64
      %up = arith.muli %i1, %w : i64
      %here = arith.muli %i, %w : i64
      %j1 = arith.subi %j, %c1 : i64
      %diag_at = arith.addi %up, %j1 : i64
      %hd = circ.load @H[%diag_at]
      %d = arith.addi %hd, %s : i64
      %up_at = arith.addi %up, %j : i64
      %hu = circ.load @H[%up_at]
      %u = arith.subi %hu, %c2 : i64
      %left_at = arith.addi %here, %j1 : i64
      %hl = circ.load @H[%left_at]
      %l = arith.subi %hl, %c2 : i64
      %v = func.call @max3(%d, %u, %l) : (i64, i64, i64) -> i64
      %here2 = arith.muli %i, %w : i64
      %at = arith.addi %here2, %j : i64
      circ.store @H[%at] = %v
      %s0 = circ.get %sum : i64
      %s1 = arith.addi %s0, %v : i64
      circ.set %sum = %s1 : i64
    }
  }
  %r = circ.get %sum : i64
  func.return %r : i64
}

// stats[k] += 1
func.func @bump(%k: i64) {
  %c1 = arith.constant 1 : i64
  %v = circ.load @stats[%k]
  %v1 = arith.addi %v, %c1 : i64
  circ.store @stats[%k] = %v1
  func.return
}

func.func @traceback() {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %w = arith.constant 28 : i64
  %na = arith.constant 30 : i64
  %nb = arith.constant 27 : i64
  %i = circ.var "i" = %na : i64
  %j = circ.var "j" = %nb : i64
  scf.while : () -> () {
    %i0 = circ.get %i : i64
    %j0 = circ.get %j : i64
    %ipos0 = arith.cmpi sgt, %i0, %c0 : i64
    %jpos0 = arith.cmpi sgt, %j0, %c0 : i64
    %go = arith.ori %ipos0, %jpos0 : i1
    scf.condition(%go)
  } do {
    %moved = circ.var "moved" = %c0 : i64
    %i1 = circ.get %i : i64
    %j1 = circ.get %j : i64
    %ipos1 = arith.cmpi sgt, %i1, %c0 : i64
    %jpos1 = arith.cmpi sgt, %j1, %c0 : i64
    %both = arith.andi %ipos1, %jpos1 : i1
    scf.if %both {
      %i2 = circ.get %i : i64
      %j2 = circ.get %j : i64
      %im2 = arith.subi %i2, %c1 : i64
      %jm2 = arith.subi %j2, %c1 : i64
      %a = circ.load @sa[%im2]
      %b = circ.load @sb[%jm2]
      %sc = func.call @score(%a, %b) : (i64, i64) -> i64
      %s = circ.var "s" = %sc : i64
      %i3 = circ.get %i : i64
      %j3 = circ.get %j : i64
      %row3 = arith.muli %i3, %w : i64
      %at3 = arith.addi %row3, %j3 : i64
      %h3 = circ.load @H[%at3]
      %diag3 = arith.subi %at3, %w : i64
      %diag3b = arith.subi %diag3, %c1 : i64
      %hd3 = circ.load @H[%diag3b]
      %hs3 = arith.addi %hd3, %sc : i64
      %eq3 = arith.cmpi eq, %h3, %hs3 : i64
      scf.if %eq3 {
        %s4 = circ.get %s : i64
        %spos = arith.cmpi sgt, %s4, %c0 : i64
        scf.if %spos {
          func.call @bump(%c0) : (i64) -> ()
        } else {
          func.call @bump(%c1) : (i64) -> ()
        }
        %i5 = circ.get %i : i64
        %i6 = arith.subi %i5, %c1 : i64
        circ.set %i = %i6 : i64
        %j5 = circ.get %j : i64
        %j6 = arith.subi %j5, %c1 : i64
        circ.set %j = %j6 : i64
        circ.set %moved = %c1 : i64
      }
    }
    %mv7 = circ.get %moved : i64
    %still7 = arith.cmpi eq, %mv7, %c0 : i64
    scf.if %still7 {
      %i8 = circ.get %i : i64
      %ipos8 = arith.cmpi sgt, %i8, %c0 : i64
      scf.if %ipos8 {
        %i9 = circ.get %i : i64
        %j9 = circ.get %j : i64
        %row9 = arith.muli %i9, %w : i64
        %at9 = arith.addi %row9, %j9 : i64
        %h9 = circ.load @H[%at9]
        %up9 = arith.subi %at9, %w : i64
        %hu9 = circ.load @H[%up9]
        %hg9 = arith.subi %hu9, %c2 : i64
        %eq9 = arith.cmpi eq, %h9, %hg9 : i64
        scf.if %eq9 {
          func.call @bump(%c2) : (i64) -> ()
          %i10 = circ.get %i : i64
          %i11 = arith.subi %i10, %c1 : i64
          circ.set %i = %i11 : i64
          circ.set %moved = %c1 : i64
        }
      }
    }
    %mv12 = circ.get %moved : i64
    %still12 = arith.cmpi eq, %mv12, %c0 : i64
    scf.if %still12 {
      func.call @bump(%c2) : (i64) -> ()
      %j13 = circ.get %j : i64
      %j14 = arith.subi %j13, %c1 : i64
      circ.set %j = %j14 : i64
    }
    func.call @bump(%c3) : (i64) -> ()
    scf.yield
  }
  func.return
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %last = arith.constant 867 : i64
  %s = func.call @fill() : () -> i64
  %sum = circ.var "sum" = %s : i64
  func.call @traceback() : () -> ()
  %score = circ.load @H[%last]
  circ.print %score : i64
  %sp = circ.get %sum : i64
  circ.print %sp : i64
  %m = circ.load @stats[%c0]
  circ.print %m : i64
  %x = circ.load @stats[%c1]
  circ.print %x : i64
  %g = circ.load @stats[%c2]
  circ.print %g : i64
  %l = circ.load @stats[%c3]
  circ.print %l : i64
  func.return %c0 : i64
}
