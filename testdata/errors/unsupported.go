package main

func main() {
	var e error // ERROR "gocc: interfaces are not supported yet"
	_ = 1i // ERROR "gocc: complex numbers are not supported yet"
	_ = e
	var x interface{ M() } // ERROR "gocc: interfaces with methods are not supported yet"
	_ = x
}
