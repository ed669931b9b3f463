package p

func f() {
	switch {
	foo: // ERROR "syntax error: unexpected foo, expecting case or default or }"
	}
}
