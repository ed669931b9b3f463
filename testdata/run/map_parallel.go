package main

func main() {
	m := map[int]int{0: 5, 1: 6}
	var a [3]bool
	i := 0
	i, a[i] = m[1]
	println(a[0], a[1], a[6%3], i)
	i = 0
	var oks [3]bool
	i, oks[i] = m[1]
	println(i, oks[0], oks[1], oks[6%3])
	var x [8]int
	k := 0
	for k, x[k] = range map[int]int{3: 30} {
	}
	println(k, x[0], x[3])
	mm := map[string]int{}
	var s string
	s, mm[s] = "a", 1
	println(len(mm), mm[""], mm["a"])
	j := 0
	var ok bool
	mm2 := map[int]bool{}
	j, mm2[j] = m[1]
	_ = ok
	println(j, mm2[0], mm2[6])
	sw := map[string]int{"a": 1, "b": 2}
	sw["a"], sw["b"] = sw["b"], sw["a"]
	println(sw["a"], sw["b"])
	keys := []string{"x", "y"}
	n := 0
	keys[n], n, sw[keys[n]] = "z", 1, 7
	println(keys[0], n, sw["x"], sw["z"], len(sw))
	var p *[2]int = &[2]int{}
	mp := map[*[2]int]int{}
	p, mp[p] = nil, 3
	for k, v := range mp {
		println(k != nil, v)
	}
}
