package p

func f() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
}
