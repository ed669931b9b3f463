// scopes: shadowing in nested blocks, variables scoped to if/for/switch,
// package-level names shadowed by locals, the blank identifier.
package main

var x = "package x"

func show() {
	println("show sees", x)
}

func main() {
	println(x)
	x := 1
	println("local x", x)
	{
		x := "inner"
		println("block x", x)
		{
			x := true
			println("deeper x", x)
		}
		println("block x again", x)
	}
	if x := x + 10; x > 5 {
		println("if x", x)
	} else {
		println("else x", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		println("loop x", x)
	}
	switch x := "sw"; x {
	case "sw":
		x := x + "itch"
		println("case x", x)
	}
	println("local x still", x)
	show()
	_ = x
	_, y := 5, 6
	println("y", y)
	var z int
	z, w := 7, 8
	println(z, w)
}
