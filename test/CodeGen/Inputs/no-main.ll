define i64 @add3(i64 %a, i64 %b, i64 %c) {
  %s = add i64 %a, %b
  %t = add i64 %s, %c
  ret i64 %t
}
