package main

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func newMap(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

var global = map[string]int{"one": 1, "two": 2, "three": 3}
var gnil map[string]bool

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	println(len(m), m["a"], m["b"], m["c"], m["zz"])
	m["a"] += 10
	m["b"]++
	m["c"]--
	m["d"] -= 4
	m["e"] *= 5
	println(len(m), m["a"], m["b"], m["c"], m["d"], m["e"])
	for _, k := range keys(m) {
		println(k, m[k])
	}
	delete(m, "a")
	delete(m, "nothere")
	println(len(m))
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["a"]
	println(v, ok)
	var w, ok2 = m["c"]
	println(w, ok2)
	_, ok3 := m["d"]
	println(ok3)

	sq := newMap(100)
	sum := 0
	for k, v := range sq {
		if k*k != v {
			println("bad", k, v)
		}
		sum += v
	}
	println(len(sq), sum)
	cnt := 0
	for range sq {
		cnt++
	}
	println(cnt)

	var nm map[string]int
	println(len(nm), nm["x"], nm == nil, m != nil)
	x, found := nm["y"]
	println(x, found)
	delete(nm, "x")
	for k, v := range nm {
		println("never", k, v)
	}

	println(len(global), global["two"])
	for _, k := range keys(global) {
		println(k, global[k])
	}
	println(gnil == nil, len(gnil), gnil["q"])

	big := make(map[int]int, 1000)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	total := 0
	for _, v := range big {
		total += v
	}
	println(len(big), total)

	var ks []int
	for k := range newMap(10) {
		ks = append(ks, k)
	}
	sortInts(ks)
	for _, k := range ks {
		print(k, " ")
	}
	println()

	s := map[string]string{}
	s["x"] += "a"
	s["x"] += "b"
	s["y"] = s["x"] + s["x"]
	println(s["x"], s["y"], len(s))

	for k := range sq {
		delete(sq, k)
	}
	println(len(sq))
	sq[5] = 25
	println(len(sq), sq[5])
}
