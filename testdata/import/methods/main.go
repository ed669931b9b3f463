package main

import "ex/methods"

func show(n lib.Namer) string { return n.Name() }

func main() {
	p := lib.NewPoint(1, 2)
	p.Move(3)
	println(p.Sum(), p.X)
	var c lib.Color
	println(c.Name(), show(c))
	var pp *lib.Point = &p
	println(pp.Sum())
	var s lib.Secret = p
	println(lib.Reveal(s), lib.Reveal(pp))
}
