; Branches are bnz/bz/jmp, every block gets a label (circ-sim starts a block
; at each), and a switch becomes a compare tree, never a jump table.
; RUN: circ-llc -regalloc=greedy -verify-machineinstrs %s -o - | FileCheck %s
; RUN: circ-llc -O0 -verify-machineinstrs %s -o - | FileCheck %s --check-prefix=O0

; CHECK-LABEL: loop:
; CHECK: .LBB0_1:
; CHECK: bnz %r{{[0-9]+}}, .LBB0_
; O0-LABEL: loop:
; O0: jmp .LBB0_
define i64 @loop(i64 %n) {
entry:
  br label %head
head:
  %i = phi i64 [ 0, %entry ], [ %i1, %head ]
  %s = phi i64 [ 0, %entry ], [ %s1, %head ]
  %s1 = add i64 %s, %i
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %head, label %exit
exit:
  ret i64 %s1
}

; CHECK-LABEL: sw:
; CHECK-NOT: jr
; CHECK: bnz
; CHECK: ret
define i32 @sw(i32 %x) {
  switch i32 %x, label %d [ i32 0, label %a
                            i32 1, label %b
                            i32 2, label %c
                            i32 3, label %a
                            i32 4, label %b
                            i32 5, label %c
                            i32 7, label %c ]
a: ret i32 10
b: ret i32 20
c: ret i32 30
d: ret i32 -1
}

; CHECK-LABEL: stop:
; CHECK: trap
define void @stop() {
  call void @llvm.trap()
  unreachable
}
declare void @llvm.trap()
