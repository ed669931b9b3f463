package p

func f() {
	var func int // ERROR "syntax error: unexpected func, expecting name"
}
