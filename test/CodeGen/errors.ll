; Bad input gets a message and exit code 1, never a crash.
; RUN: split-file %s %t
; RUN: not circ-llc -regalloc=greedy %t/float.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=FLOAT
; FLOAT: circ-llc: error: float.c:3: in function 'half': only float and double are supported (long double is double with circ-cc; half, bfloat and 128-bit formats have no routines)
; RUN: not circ-llc -regalloc=greedy %t/syntax.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=SYNTAX
; SYNTAX: syntax.ll:2:{{[0-9]+}}: error:
; RUN: not circ-llc -regalloc=greedy -circ-io-width=3 %t/syntax.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=WIDTH
; WIDTH: circ-llc: error: -circ-io-width=3 is out of range
; RUN: not circ-llc -regalloc=greedy -mtriple=x86_64 %t/float.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=TRIPLE
; TRIPLE: circ-llc: error: unknown target 'x86_64'
; RUN: not circ-llc -regalloc=greedy %t/missing.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=MISSING
; MISSING: missing.ll: error:
; RUN: circ-llc -regalloc=greedy %t/foreign.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=FOREIGN
; FOREIGN: warning: {{.*}}foreign.ll: input is for target 'x86_64-unknown-linux-gnu'; generating code for circ
; RUN: circ-llc -regalloc=greedy -circ-quiet-retarget %t/foreign.ll -o /dev/null 2>&1 | count 0
; RUN: not circ-llc -regalloc=greedy %t/asm.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=ASM
; ASM: circ-llc: error: in function 'a': inline assembly with instructions is not supported (an empty template, the usual optimisation barrier, is)
; 128-bit division becomes a call of the runtime's __divti3; wider has none.
; RUN: circ-llc -regalloc=greedy %t/div128.ll -o - | FileCheck %s --check-prefix=DIV128
; DIV128: call __divti3
; RUN: not circ-llc -regalloc=greedy %t/div256.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=DIV256
; DIV256: circ-llc: error: in function 'd': division of integers wider than 128 bits is not supported
; RUN: circ-llc --help | FileCheck %s --check-prefix=HELP
; HELP: circ-llc: compile LLVM IR or circ dialect programs to circ assembly
; HELP: A .mlir input
; HELP: -regalloc selects the register allocator: circ-ts (the default from
; HELP: -circ-io-width
; HELP: -regalloc

;--- float.ll
define half @half(half %x) !dbg !5 {
  %r = fmul half %x, 0xH3800, !dbg !8
  ret half %r
}
!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "float.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "half", scope: !1, file: !1, line: 1, type: !6, unit: !0, spFlags: DISPFlagDefinition)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 3, column: 5, scope: !5)
;--- syntax.ll
define i64 @f() {
  ret i64 %undefined_value
}
;--- foreign.ll
target triple = "x86_64-unknown-linux-gnu"
define i64 @f() {
  ret i64 0
}
;--- asm.ll
define i64 @a(i64 %x) {
  %r = call i64 asm "foo $0", "=r,r"(i64 %x)
  ret i64 %r
}
;--- div128.ll
define i128 @d(i128 %a, i128 %b) {
  %r = sdiv i128 %a, %b
  ret i128 %r
}
;--- div256.ll
define i256 @d(i256 %a, i256 %b) {
  %r = sdiv i256 %a, %b
  ret i256 %r
}
