; bad-inputs.txt: a call of a function nothing defines.
declare i32 @missing()
define i32 @main() {
  %x = call i32 @missing()
  ret i32 %x
}
