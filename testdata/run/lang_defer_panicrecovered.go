package main

// A runtime error recovered and re-raised unchanged: the first line is the
// runtime error marked [recovered], then the same value again.

func main() {
	defer func() {
		r := recover()
		println("caught, re-panicking")
		panic(r)
	}()
	var p *struct{ x int }
	println(p.x)
}
