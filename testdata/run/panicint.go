package main

// panic with a plain int prints just the number ("panic: 42"); only named
// types get a "main.T(...)" wrapper.

func main() {
	panic(42)
}
