package p

func f() {
	g(1 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}
