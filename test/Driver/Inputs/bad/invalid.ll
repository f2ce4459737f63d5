; bad-inputs.txt: IR that parses but does not verify (wrong return type).
define i32 @main() {
  ret i64 0
}
