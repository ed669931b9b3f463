package main

// An embedded field named through a type alias takes the alias's name
// (fixedbugs/issue50190.go): struct{ Int } and struct{ int } differ.

type Int = int

type A = struct{ int }
type B = struct{ Int }

type P struct{ x int }

func (p P) Get() int { return p.x }

type PA = P

type W struct{ PA }

type WP struct{ *PA }

func main() {
	var x, y interface{} = A{}, B{}
	println(x == y)
	b := B{Int: 7}
	b.Int++
	println(b.Int)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	println(x == y)
	w := W{PA: P{3}}
	println(w.PA.x, w.Get(), w.x)
	wp := WP{&P{4}}
	println(wp.PA.x, wp.Get())
	var i interface{ Get() int } = w
	println(i.Get())
}
