package p

func f() {
	switch {
	case true:
		goto L
	L: // ERROR "syntax error: missing statement after label"
	case false:
	}
}
