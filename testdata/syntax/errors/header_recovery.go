package p

func f() {
	if f() true { // ERROR "syntax error: unexpected true, expecting {"
	}

	switch f() true { // ERROR "syntax error: unexpected true, expecting {"
	}
	for g()] { // ERROR "syntax error: unexpected \], expecting {"
	}
}

func g(x int, y float32) (...) // ERROR "syntax error: ... is missing type"
