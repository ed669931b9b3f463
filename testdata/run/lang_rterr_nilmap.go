package main

// Assignment to an entry in a nil map.

func main() {
	var m map[string]int
	println("read ok:", m["a"])
	m["a"] = 1
}
