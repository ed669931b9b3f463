// GOMAXPROCS(n) returns the previous setting and changes it; n < 1 and n
// equal to the current setting only report it.
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(4)
	println(runtime.GOMAXPROCS(2))
	println(runtime.GOMAXPROCS(0))
	println(runtime.GOMAXPROCS(1))
	println(runtime.GOMAXPROCS(8))
	println(runtime.GOMAXPROCS(0))
	println(runtime.GOMAXPROCS(-3))
	println(runtime.GOMAXPROCS(8))
	println(runtime.GOMAXPROCS(3))
	println(runtime.GOMAXPROCS(0))
}
