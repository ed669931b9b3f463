package main

func main() {
	var c chan int
	c <- 1 // ERROR "gocc: channels are not supported yet"
	var e error // ERROR "gocc: interfaces are not supported yet"
	_ = 1i // ERROR "gocc: complex numbers are not supported yet"
	_ = e
	select {} // ERROR "gocc: select statements are not supported yet"
}
