package p

func f() {
	x := @ // ERROR "invalid character U\+0040 '@'"
} // ERROR "syntax error: unexpected }, expecting expression"
