; -circ-dot-states=DIR draws each function after register allocation: its
; blocks, the transition states the edges join (width, registers, coloured by
; width against the io width) and the spill code. At io width 4 the loop's
; state is full (width 4, shade 9); circ-ts keeps the values across the call
; on the write-once stack, greedy in RAM homes. Graphviz renders the file.
; RUN: rm -rf %t && circ-llc -circ-io-width=4 -circ-dot-states=%t/ts %s -o %t.s
; RUN: FileCheck %s --check-prefix=TS < %t/ts/sum.dot
; TS:      digraph "sum" {
; TS:        label="sum: io width 4, widest state 4";
; TS-NEXT:   s0 [shape=ellipse, style=filled, colorscheme=ylorrd9, fillcolor=5, label="entry (parameters)\nwidth 2\nr0 r1"];
; TS-NEXT:   s1 [shape=ellipse, style=filled, colorscheme=ylorrd9, fillcolor=9, fontcolor=white, label="state 1\nwidth 4\nr0 r1 r2 r3"];
; TS-NEXT:   b0 [shape=box, label="bb.0.entry\nruns x1 per call, 2 instructions"];
; TS-NEXT:   s0 -> b0;
; TS-NEXT:   b0 -> s1;
; TS-NEXT:   b1 [shape=box, color=darkorange, penwidth=2, label="bb.1.loop\nruns x32 per call, {{[0-9]+}} instructions\n1 call\nstack: 2 pushes, 2 frame reads"];
; TS-NEXT:   s1 -> b1;
; TS-NEXT:   b1 -> s1;
; TS-NEXT:   b2 [shape=box, peripheries=2, label="bb.2.exit\nruns x1 per call, {{[0-9]+}} instructions\nreturns"];
; TS-NEXT:   s1 -> b2;
; TS-NEXT: }
; RUN: dot -Tsvg %t/ts/sum.dot -o %t/ts/sum.svg
; RUN: FileCheck %s --check-prefix=SVG < %t/ts/sum.svg
; SVG: <svg
; SVG: <title>s1</title>
; SVG: state 1
; SVG: <title>b1</title>
; SVG: stack: 2 pushes, 2 frame reads

; RUN: circ-llc -regalloc=greedy -circ-io-width=4 -circ-dot-states=%t/greedy %s -o %t.greedy.s
; RUN: FileCheck %s --check-prefix=GREEDY < %t/greedy/sum.dot
; GREEDY: b1 [shape=box, color=red, penwidth=2, label="bb.1.loop\nruns x32 per call, {{[0-9]+}} instructions\n1 call\nRAM spill: {{[0-9]+}} stores, {{[0-9]+}} reloads"];
; RUN: dot -Tpng %t/greedy/sum.dot -o %t/greedy/sum.png

; Without a width the scale is the widest state; one file per function, and
; with the width chosen (-circ-io-width=auto, a whole program) the chosen
; compile's pictures.
; RUN: circ-llc -circ-dot-states=%t/free %s -o %t.free.s
; RUN: FileCheck %s --check-prefix=FREE < %t/free/sum.dot
; FREE: label="sum: no io width, widest state {{[0-9]+}}";
; RUN: circ-cc -O1 -circ-ra-report -circ-dot-states=%t/auto %circ-src/examples/find_min.c -o %t.auto.s 2> %t.auto.rep
; RUN: cat %t.auto.rep %t/auto/main.dot | FileCheck %s --check-prefix=AUTO
; AUTO: io-width-choice: width=[[W:[0-9]+]]
; AUTO: digraph "main" {
; AUTO-NEXT: labelloc=t;
; AUTO-NEXT: label="main: io width [[W]], widest state
; RUN: ls %t/auto | FileCheck %s --check-prefix=FILES
; FILES: main.dot
; FILES: printf.dot

; A directory that cannot be made is an error.
; RUN: touch %t/file
; RUN: %expect-exit 1 circ-llc -circ-dot-states=%t/file/sub %s -o %t.bad.s 2>&1 | FileCheck %s --check-prefix=BADDIR
; BADDIR: circ-llc: error: cannot create directory '{{.*}}file/sub': Not a directory

target datalayout = "e-m:e-p:64:64-i64:64-n64-S64"
target triple = "circ"

declare i64 @g(i64)

define i64 @sum(ptr %a, i64 %n, i64 %k) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %p = getelementptr i64, ptr %a, i64 %i
  %v = load i64, ptr %p
  %w = mul i64 %v, %k
  %c = call i64 @g(i64 %w)
  %s1 = add i64 %s, %c
  %i1 = add i64 %i, 1
  %done = icmp eq i64 %i1, %n
  br i1 %done, label %exit, label %loop

exit:
  ret i64 %s1
}
