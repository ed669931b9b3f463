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
	println(len(m), v, ok, w, len(n))
	_ = map[[]int]int{} // ERROR "invalid map key type \[\]int"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1: 2} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[string]int{"x"} // ERROR "missing key in map literal"
	mp := map[int]P{}
	mp[1].x = 3 // ERROR "cannot assign to struct field mp\[1\]\.x in map"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(v, 1) // ERROR "invalid argument: v \(variable of type int\) is not a map"
	var s string
	s, ok = m["a"] // ERROR "cannot use m\[.a.\] \(value of type int\) as type string in assignment"
	_ = s
}
