package main

type P struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"]++
	m["b"] += 2
	v, ok := m["z"]
	var w int
	w, ok = m["a"]
	delete(m, "a")
	for k, v := range m {
		println(k, v)
	}
	n := make(map[P][]int, 10)
	n[P{1, 2}] = append(n[P{1, 2}], 5)
	nested := map[string]map[int]bool{"x": {1: true}}
	var nilmap map[int]int
	println(len(m), v, ok, w, len(n), nested["x"][1], nilmap == nil, len(nilmap))
}
