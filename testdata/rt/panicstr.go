package main

func main() {
	panic("n is too big")
}
