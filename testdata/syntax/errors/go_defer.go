package p

func f() {
	go 1    // ERROR "expression in go must be function call"
	defer 2 // ERROR "expression in defer must be function call"
}
