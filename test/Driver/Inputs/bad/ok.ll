; bad-inputs.txt: a correct program.
define i32 @main() {
  ret i32 0
}
