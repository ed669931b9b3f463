package main

// panic with small integer kinds and a bool: uint8 goes through convT16.
func f(b bool, n uint8) {
	defer show("deferred print", n)
	if b {
		panic(n)
	}
}

func main() {
	f(false, 7)
	var i8 int8 = -3
	defer func(x int8) { println("closure arg", x) }(i8)
	f(true, 200)
}

func show(s string, n uint8) { println(s, n) }
