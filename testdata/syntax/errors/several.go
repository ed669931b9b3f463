package p

func f() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	y := 3
	z := ) // ERROR "syntax error: unexpected \), expecting expression"
	w := 4
}

func g() {
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}
