package main

type T struct{}

func (T) Error() string { return "T" }

func main() {
	var e error = T{} // ERROR "gocc: conversions to interface types are not supported yet"
	_ = 1i // ERROR "gocc: complex numbers are not supported yet"
	var x interface{} = 1 // ERROR "gocc: conversions to interface types are not supported yet"
	_, _ = e, x
}
