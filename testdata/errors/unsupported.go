package main

func main() {
	var m map[int]int
	_ = m[1] // ERROR "gocc: maps are not supported yet"
	var c chan int
	c <- 1 // ERROR "gocc: channels are not supported yet"
	var e error // ERROR "gocc: interfaces are not supported yet"
	_ = 1i // ERROR "gocc: complex numbers are not supported yet"
	_ = e
}
