package p

func f(y interface{}) {
	x := y.(type) // ERROR "use of .\(type\) outside type switch"
	_ = x
}
