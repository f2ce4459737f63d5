; bad-inputs.txt: inline assembly with an instruction, which the target rejects.
define i32 @main() {
  call void asm sideeffect "nop", ""()
  ret i32 0
}
