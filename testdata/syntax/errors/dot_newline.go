package p

func f() {
	x.
} // ERROR "syntax error: unexpected }, expecting name or \("
