package main

// Nil pointer dereference reading a struct field.

type T struct{ a, b int }

func get(p *T) int { return p.b }

func main() {
	var p *T
	println(get(p))
}
