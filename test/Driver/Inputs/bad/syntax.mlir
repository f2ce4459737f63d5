// bad-inputs.txt: a syntax error.
func.func @f( {
