package main

// A chain of panics with values of different basic types, each deferred
// function recovering the previous one and panicking with the next: Go prints
// every value in the chain with its type-specific format.

type Code int
type Name string

func main() {
	defer func() { recover(); panic(Name("named string")) }()
	defer func() { recover(); panic(Code(7)) }()
	defer func() { recover(); panic(uint8(200)) }()
	defer func() { recover(); panic(int64(-5)) }()
	defer func() { recover(); panic(true) }()
	defer func() { recover(); panic(1.5) }()
	defer func() { recover(); panic(2 + 3i) }()
	defer func() { recover(); panic("plain string") }()
	panic(uintptr(9))
}
