package p

func f(x int) {
	if x = 2 { // ERROR "syntax error: cannot use assignment \(x\) = \(2\) as value"
	}
}
