package main

var m = map[string]int{"a": 1}

func f() int { m["a"] = 10; return 1 }
func k(s string) string { println("key", s); return s }
func v(x int) int { println("val", x); return x }
func getm(mm map[string]int) map[string]int { println("map"); return mm }

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m["a"] += f()
	println(m["a"])
	getm(m)[k("b")] = v(2)
	getm(m)[k("c")] += v(3)
	getm(m)[k("c")]++
	println(m["b"], m["c"])
	n2 := make(map[int]int, v(-1))
	n2[1] = 1
	println(len(n2))
	m["x"], m["y"] = v(7), v(8)
	m["x"], m["y"] = m["y"], m["x"]
	println(m["x"], m["y"])
	var q int
	q, m["z"] = m["x"], v(9)
	println(q, m["z"])

	// Go 1.19: one k and one v for the whole loop
	var fs []func() int
	ints := map[int]int{1: 10, 2: 20, 3: 30}
	for k, v := range ints {
		_ = v
		fs = append(fs, func() int { return k })
	}
	last := fs[0]()
	same := true
	for _, fn := range fs {
		if fn() != last {
			same = false
		}
	}
	println(len(fs), same)

	// range assigning to existing variables
	var kk, vv int
	sum := 0
	for kk, vv = range ints {
		sum += kk*100 + vv
	}
	println(sum, kk*10 == vv)
	var only int
	for only = range ints {
	}
	println(ints[only] == only*10)

	// break, continue, labels, nesting
	cnt := 0
outer:
	for a := range ints {
		for b := range ints {
			if b == a {
				continue outer
			}
			cnt++
		}
	}
	println(cnt <= 6)
	found := false
	for _, v := range ints {
		if v == 20 {
			found = true
			break
		}
	}
	println(found)

	// deleting during iteration: deleted entries that were not reached are not produced
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	seen := 0
	for k := range big {
		seen++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(big, j)
			}
		}
	}
	println(seen, len(big))

	// adding during iteration: every original key is seen exactly once
	grow := map[int]int{}
	for i := 0; i < 20; i++ {
		grow[i] = 0
	}
	visits := map[int]int{}
	for k := range grow {
		visits[k]++
		if k < 20 {
			grow[k+1000] = 1
		}
	}
	ok := true
	for i := 0; i < 20; i++ {
		if visits[i] != 1 {
			ok = false
		}
	}
	println(ok, len(grow))

	// map in a struct, map of maps passed around
	type S struct {
		name string
		tab  map[int]string
	}
	s := S{"s", map[int]string{}}
	for i := 0; i < 10; i++ {
		s.tab[i%3] += "x"
	}
	var ks []int
	for k := range s.tab {
		ks = append(ks, k)
	}
	sortInts(ks)
	for _, k := range ks {
		println(k, len(s.tab[k]), s.tab[k])
	}
	var nm map[int]int
	println(nm)
}
