package main

// panic with a complex128 prints it in println's (re+imi) format.

func main() {
	panic(complex(1.5, -2))
}
