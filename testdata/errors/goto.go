package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x, y at testdata/errors/goto\.go:5:7"
	x, y := 1, 2
	_, _ = x, y
L:
	for {
		goto M // ERROR "goto M jumps into block starting at testdata/errors/goto\.go:12:2"
	}
	switch {
	case true:
	M:
	}
}
