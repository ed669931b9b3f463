package main

type T struct {
	m map[string]int
}

func main() {
	var t T
	println(t.m == nil, len(t.m), t.m["a"])
	for k, v := range t.m {
		println(k, v)
	}
	delete(t.m, "a")
	println("writing")
	t.m["a"] = 1
	println("unreachable")
}
