package main

func at(s string, i int) byte {
	return s[i]
}

func main() {
	println(at("hello", 1))
	println(at("hello", 5))
}
