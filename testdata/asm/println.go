package main

var total int = 3

func main() {
	var b bool = true
	var u uint8 = 255
	s := "x"
	println("total", total, b, u, s+"y")
	print("no newline ", -1, "\n")
}
