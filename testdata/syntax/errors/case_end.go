package p

func f() {
	switch {
	case true: f() case false: // ERROR "syntax error: unexpected case at end of statement"
	case 1 == 1:
	default: f(); case 2 == 2:
	}
}
