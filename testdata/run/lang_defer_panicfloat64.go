package main

// panic with a float64 prints it in println's format.

func main() {
	x := 3.25
	panic(x * 2)
}
