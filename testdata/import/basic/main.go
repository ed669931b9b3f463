package main

import "ex/lib"

var first = lib.Order()

func init() { println("main init sees", lib.Order(), lib.Count) }

func main() {
	println(lib.Answer, lib.Greeting, lib.Rune)
	var r rune = lib.Rune
	println(r)
	var f int8 = lib.Answer
	println(f == 42)
	println(lib.Add(2, 3))
	a, b := lib.Swap("x", "y")
	println(a, b)
	println(lib.Red, lib.Green, lib.Blue)
	var c lib.Color = 2
	println(c, lib.Big)
	println(first, lib.Count)
	lib.Count = 99
	println(lib.Count)
}
