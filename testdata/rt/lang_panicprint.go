package main

// lang_panicprint.go - an Error method that panics while the runtime
// prints a panic value: Go's fatal error.

type E struct{}

func (E) Error() string { panic("oops") }

func main() {
	panic(E{})
}
