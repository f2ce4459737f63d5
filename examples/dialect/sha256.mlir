// sha256: SHA-256 (FIPS 180-4) in 64-bit arithmetic on 32-bit words, with
// padding, message schedule and compression. Hashes the 56-byte NIST message
// "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" (two blocks) and
// prints its eight digest words, then "abc" (one block): first and last word.

circ.rom @K = [1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221,
               3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580,
               3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
               2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895,
               666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037,
               2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
               430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779,
               1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298]
circ.rom @H0 = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]
// "abc" at 0, the 56-byte message at 3 (ASCII codes).
circ.rom @text = [97, 98, 99, 97, 98, 99, 100, 98, 99, 100, 101, 99, 100, 101, 102, 100,
                  101, 102, 103, 101, 102, 103, 104, 102, 103, 104, 105, 103, 104, 105, 106, 104,
                  105, 106, 107, 105, 106, 107, 108, 106, 107, 108, 109, 107, 108, 109, 110, 108,
                  109, 110, 111, 109, 110, 111, 112, 110, 111, 112, 113]
circ.ram @msg[128]   // the padded message, one byte per cell
circ.ram @w[64]      // the message schedule
circ.ram @h[8]       // the hash state

// rotr(x, n) = ((x >> n) | (x << (32 - n))) & 0xffffffff on 32-bit words.
func.func @bsig0(%x: i64) -> i64 {
  %m32 = arith.constant 4294967295 : i64
  %c2 = arith.constant 2 : i64
  %c30 = arith.constant 30 : i64
  %lo0 = arith.shrui %x, %c2 : i64
  %hi0 = arith.shli %x, %c30 : i64
  %or0 = arith.ori %lo0, %hi0 : i64
  %r0 = arith.andi %or0, %m32 : i64
  %c13 = arith.constant 13 : i64
  %c19 = arith.constant 19 : i64
  %lo1 = arith.shrui %x, %c13 : i64
  %hi1 = arith.shli %x, %c19 : i64
  %or1 = arith.ori %lo1, %hi1 : i64
  %r1 = arith.andi %or1, %m32 : i64
  %c22 = arith.constant 22 : i64
  %c10 = arith.constant 10 : i64
  %lo2 = arith.shrui %x, %c22 : i64
  %hi2 = arith.shli %x, %c10 : i64
  %or2 = arith.ori %lo2, %hi2 : i64
  %r2 = arith.andi %or2, %m32 : i64
  %x01 = arith.xori %r0, %r1 : i64
  %res = arith.xori %x01, %r2 : i64
  func.return %res : i64
}

func.func @bsig1(%x: i64) -> i64 {
  %m32 = arith.constant 4294967295 : i64
  %c6 = arith.constant 6 : i64
  %c26 = arith.constant 26 : i64
  %lo0 = arith.shrui %x, %c6 : i64
  %hi0 = arith.shli %x, %c26 : i64
  %or0 = arith.ori %lo0, %hi0 : i64
  %r0 = arith.andi %or0, %m32 : i64
  %c11 = arith.constant 11 : i64
  %c21 = arith.constant 21 : i64
  %lo1 = arith.shrui %x, %c11 : i64
  %hi1 = arith.shli %x, %c21 : i64
  %or1 = arith.ori %lo1, %hi1 : i64
  %r1 = arith.andi %or1, %m32 : i64
  %c25 = arith.constant 25 : i64
  %c7 = arith.constant 7 : i64
  %lo2 = arith.shrui %x, %c25 : i64
  %hi2 = arith.shli %x, %c7 : i64
  %or2 = arith.ori %lo2, %hi2 : i64
  %r2 = arith.andi %or2, %m32 : i64
  %x01 = arith.xori %r0, %r1 : i64
  %res = arith.xori %x01, %r2 : i64
  func.return %res : i64
}

func.func @ssig0(%x: i64) -> i64 {
  %m32 = arith.constant 4294967295 : i64
  %c7 = arith.constant 7 : i64
  %c25 = arith.constant 25 : i64
  %lo0 = arith.shrui %x, %c7 : i64
  %hi0 = arith.shli %x, %c25 : i64
  %or0 = arith.ori %lo0, %hi0 : i64
  %r0 = arith.andi %or0, %m32 : i64
  %c18 = arith.constant 18 : i64
  %c14 = arith.constant 14 : i64
  %lo1 = arith.shrui %x, %c18 : i64
  %hi1 = arith.shli %x, %c14 : i64
  %or1 = arith.ori %lo1, %hi1 : i64
  %r1 = arith.andi %or1, %m32 : i64
  %c3 = arith.constant 3 : i64
  %r2 = arith.shrui %x, %c3 : i64
  %x01 = arith.xori %r0, %r1 : i64
  %res = arith.xori %x01, %r2 : i64
  func.return %res : i64
}

func.func @ssig1(%x: i64) -> i64 {
  %m32 = arith.constant 4294967295 : i64
  %c17 = arith.constant 17 : i64
  %c15 = arith.constant 15 : i64
  %lo0 = arith.shrui %x, %c17 : i64
  %hi0 = arith.shli %x, %c15 : i64
  %or0 = arith.ori %lo0, %hi0 : i64
  %r0 = arith.andi %or0, %m32 : i64
  %c19 = arith.constant 19 : i64
  %c13 = arith.constant 13 : i64
  %lo1 = arith.shrui %x, %c19 : i64
  %hi1 = arith.shli %x, %c13 : i64
  %or1 = arith.ori %lo1, %hi1 : i64
  %r1 = arith.andi %or1, %m32 : i64
  %c10 = arith.constant 10 : i64
  %r2 = arith.shrui %x, %c10 : i64
  %x01 = arith.xori %r0, %r1 : i64
  %res = arith.xori %x01, %r2 : i64
  func.return %res : i64
}

// Pads text[off..off+len) into msg; returns the number of 64-byte blocks.
func.func @pad(%off: i64, %len: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c8 = arith.constant 8 : i64
  %c64 = arith.constant 64 : i64
  %c72 = arith.constant 72 : i64
  %c128 = arith.constant 128 : i64
  %c255 = arith.constant 255 : i64
  %l72 = arith.addi %len, %c72 : i64
  %nb0 = arith.divsi %l72, %c64 : i64
  %nb = circ.var "nb" = %nb0 : i64
  scf.for %i = %c0 to %len step %c1 : i64 {
    %src = arith.addi %off, %i : i64
    %byte = circ.load @text[%src]
    circ.store @msg[%i] = %byte
  }
  circ.store @msg[%len] = %c128
  %start = arith.addi %len, %c1 : i64
  %nb1 = circ.get %nb : i64
  %end = arith.muli %nb1, %c64 : i64
  scf.for %i = %start to %end step %c1 : i64 {
    circ.store @msg[%i] = %c0
  }
  %bits0 = arith.muli %len, %c8 : i64
  %bits = circ.var "bits" = %bits0 : i64
  scf.for %b = %c0 to %c8 step %c1 : i64 {
    %nb2 = circ.get %nb : i64
    %n64 = arith.muli %nb2, %c64 : i64
    %n63 = arith.subi %n64, %c1 : i64
    %at = arith.subi %n63, %b : i64
    %bv = circ.get %bits : i64
    %sh = arith.muli %b, %c8 : i64
    %shifted = arith.shrsi %bv, %sh : i64
    %lenbyte = arith.andi %shifted, %c255 : i64
    circ.store @msg[%at] = %lenbyte
  }
  %r = circ.get %nb : i64
  func.return %r : i64
}

// One compression of block blk of msg into h.
func.func @compress(%blk: i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64
  %c5 = arith.constant 5 : i64
  %c6 = arith.constant 6 : i64
  %c7 = arith.constant 7 : i64
  %c8 = arith.constant 8 : i64
  %c15 = arith.constant 15 : i64
  %c16 = arith.constant 16 : i64
  %c24 = arith.constant 24 : i64
  %c64 = arith.constant 64 : i64
  %m32 = arith.constant 4294967295 : i64
  scf.for %t = %c0 to %c16 step %c1 : i64 {
    %base = arith.muli %blk, %c64 : i64
    %t4 = arith.muli %t, %c4 : i64
    %p = arith.addi %base, %t4 : i64
    %b0 = circ.load @msg[%p]
    %p1 = arith.addi %p, %c1 : i64
    %b1 = circ.load @msg[%p1]
    %p2 = arith.addi %p, %c2 : i64
    %b2 = circ.load @msg[%p2]
    %p3 = arith.addi %p, %c3 : i64
    %b3 = circ.load @msg[%p3]
    %sh0 = arith.shli %b0, %c24 : i64
    %sh1 = arith.shli %b1, %c16 : i64
    %sh2 = arith.shli %b2, %c8 : i64
    %o01 = arith.ori %sh0, %sh1 : i64
    %o012 = arith.ori %o01, %sh2 : i64
    %word = arith.ori %o012, %b3 : i64
    circ.store @w[%t] = %word
  }
  scf.for %t = %c16 to %c64 step %c1 : i64 {
    %tm2 = arith.subi %t, %c2 : i64
    %w2 = circ.load @w[%tm2]
    %x = func.call @ssig1(%w2) : (i64) -> i64
    %tm7 = arith.subi %t, %c7 : i64
    %w7 = circ.load @w[%tm7]
    %acc0 = arith.addi %x, %w7 : i64
    %acc = circ.var "acc" = %acc0 : i64
    %tm15 = arith.subi %t, %c15 : i64
    %w15 = circ.load @w[%tm15]
    %y = func.call @ssig0(%w15) : (i64) -> i64
    %acc1 = circ.get %acc : i64
    %sum1 = arith.addi %acc1, %y : i64
    %tm16 = arith.subi %t, %c16 : i64
    %w16 = circ.load @w[%tm16]
    %sum2 = arith.addi %sum1, %w16 : i64
    %wnew = arith.andi %sum2, %m32 : i64
    circ.store @w[%t] = %wnew
  }
  %h0 = circ.load @h[%c0]
  %a = circ.var "a" = %h0 : i64
  %h1 = circ.load @h[%c1]
  %b = circ.var "b" = %h1 : i64
  %h2 = circ.load @h[%c2]
  %c = circ.var "c" = %h2 : i64
  %h3 = circ.load @h[%c3]
  %d = circ.var "d" = %h3 : i64
  %h4 = circ.load @h[%c4]
  %e = circ.var "e" = %h4 : i64
  %h5 = circ.load @h[%c5]
  %f = circ.var "f" = %h5 : i64
  %h6 = circ.load @h[%c6]
  %g = circ.var "g" = %h6 : i64
  %h7 = circ.load @h[%c7]
  %hh = circ.var "hh" = %h7 : i64
  scf.for %t = %c0 to %c64 step %c1 : i64 {
    %ev = circ.get %e : i64
    %fv = circ.get %f : i64
    %gv = circ.get %g : i64
    %ef = arith.andi %ev, %fv : i64
    %ne = arith.xori %ev, %m32 : i64
    %neg = arith.andi %ne, %gv : i64
    %ch = arith.xori %ef, %neg : i64
    %hv = circ.get %hh : i64
    %kt = circ.load @K[%t]
    %wt = circ.load @w[%t]
    %u0 = arith.addi %hv, %ch : i64
    %u1 = arith.addi %u0, %kt : i64
    %u2 = arith.addi %u1, %wt : i64
    %t1 = circ.var "t1" = %u2 : i64
    %s1 = func.call @bsig1(%ev) : (i64) -> i64
    %t1a = circ.get %t1 : i64
    %t1b = arith.addi %t1a, %s1 : i64
    %t1c = arith.andi %t1b, %m32 : i64
    circ.set %t1 = %t1c : i64
    %av = circ.get %a : i64
    %bv = circ.get %b : i64
    %cv = circ.get %c : i64
    %ab = arith.andi %av, %bv : i64
    %ac = arith.andi %av, %cv : i64
    %bc = arith.andi %bv, %cv : i64
    %x1 = arith.xori %ab, %ac : i64
    %maj = arith.xori %x1, %bc : i64
    %t2 = circ.var "t2" = %maj : i64
    %s0 = func.call @bsig0(%av) : (i64) -> i64
    %t2a = circ.get %t2 : i64
    %t2b = arith.addi %t2a, %s0 : i64
    %t2c = arith.andi %t2b, %m32 : i64
    %g2 = circ.get %g : i64
    circ.set %hh = %g2 : i64
    %f2 = circ.get %f : i64
    circ.set %g = %f2 : i64
    %e2 = circ.get %e : i64
    circ.set %f = %e2 : i64
    %d2 = circ.get %d : i64
    %t1d = circ.get %t1 : i64
    %de = arith.addi %d2, %t1d : i64
    %de32 = arith.andi %de, %m32 : i64
    circ.set %e = %de32 : i64
    %c2v = circ.get %c : i64
    circ.set %d = %c2v : i64
    %b2v = circ.get %b : i64
    circ.set %c = %b2v : i64
    %a2v = circ.get %a : i64
    circ.set %b = %a2v : i64
    %aa = arith.addi %t1d, %t2c : i64
    %aa32 = arith.andi %aa, %m32 : i64
    circ.set %a = %aa32 : i64
  }
  %o0 = circ.load @h[%c0]
  %v0 = circ.get %a : i64
  %n0 = arith.addi %o0, %v0 : i64
  %m0 = arith.andi %n0, %m32 : i64
  circ.store @h[%c0] = %m0
  %o1 = circ.load @h[%c1]
  %v1 = circ.get %b : i64
  %n1 = arith.addi %o1, %v1 : i64
  %m1 = arith.andi %n1, %m32 : i64
  circ.store @h[%c1] = %m1
  %o2 = circ.load @h[%c2]
  %v2 = circ.get %c : i64
  %n2 = arith.addi %o2, %v2 : i64
  %m2 = arith.andi %n2, %m32 : i64
  circ.store @h[%c2] = %m2
  %o3 = circ.load @h[%c3]
  %v3 = circ.get %d : i64
  %n3 = arith.addi %o3, %v3 : i64
  %m3 = arith.andi %n3, %m32 : i64
  circ.store @h[%c3] = %m3
  %o4 = circ.load @h[%c4]
  %v4 = circ.get %e : i64
  %n4 = arith.addi %o4, %v4 : i64
  %m4 = arith.andi %n4, %m32 : i64
  circ.store @h[%c4] = %m4
  %o5 = circ.load @h[%c5]
  %v5 = circ.get %f : i64
  %n5 = arith.addi %o5, %v5 : i64
  %m5 = arith.andi %n5, %m32 : i64
  circ.store @h[%c5] = %m5
  %o6 = circ.load @h[%c6]
  %v6 = circ.get %g : i64
  %n6 = arith.addi %o6, %v6 : i64
  %m6 = arith.andi %n6, %m32 : i64
  circ.store @h[%c6] = %m6
  %o7 = circ.load @h[%c7]
  %v7 = circ.get %hh : i64
  %n7 = arith.addi %o7, %v7 : i64
  %m7 = arith.andi %n7, %m32 : i64
  circ.store @h[%c7] = %m7
  func.return
}

func.func @sha256(%off: i64, %len: i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c8 = arith.constant 8 : i64
  scf.for %i = %c0 to %c8 step %c1 : i64 {
    %iv = circ.load @H0[%i]
    circ.store @h[%i] = %iv
  }
  %nb = func.call @pad(%off, %len) : (i64, i64) -> i64
  scf.for %blk = %c0 to %nb step %c1 : i64 {
    func.call @compress(%blk) : (i64) -> ()
  }
  func.return
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c3 = arith.constant 3 : i64
  %c7 = arith.constant 7 : i64
  %c8 = arith.constant 8 : i64
  %c56 = arith.constant 56 : i64
  func.call @sha256(%c3, %c56) : (i64, i64) -> ()
  scf.for %i = %c0 to %c8 step %c1 : i64 {
    %word = circ.load @h[%i]
    circ.print %word : i64
  }
  func.call @sha256(%c0, %c3) : (i64, i64) -> ()
  %first = circ.load @h[%c0]
  circ.print %first : i64
  %last = circ.load @h[%c7]
  circ.print %last : i64
  func.return %c0 : i64
}
