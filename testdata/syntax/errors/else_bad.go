package p

func f() {
	if true {
	} else return // ERROR "syntax error: else must be followed by if or statement block"
}
