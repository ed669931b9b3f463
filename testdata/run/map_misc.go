package main

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

type Graph map[int][]int

func (g Graph) Edge(a, b int) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) Reach(from int) int {
	seen := map[int]bool{from: true}
	queue := []int{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range g[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return len(seen)
}

type Big struct {
	a [20]int
	s string
}

func main() {
	g := Graph{}
	g.Edge(1, 2)
	g.Edge(2, 3)
	g.Edge(4, 5)
	println(g.Reach(1), g.Reach(4), g.Reach(9), len(g))

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	if f, ok := ops["mul"]; ok {
		println(f(5, 6))
	}

	var nm map[string]int
	var e interface{} = nm
	println(e == nil, e != nil)
	e = map[string]int{"k": 1}
	if mm, ok := e.(map[string]int); ok {
		println(len(mm), mm["k"])
	}

	words := []string{"a", "bb", "a", "ccc", "bb", "a"}
	byLen := map[int][]string{}
	count := map[string]int{}
	for _, w := range words {
		byLen[len(w)] = append(byLen[len(w)], w)
		count[w]++
	}
	var lens []int
	for l := range byLen {
		lens = append(lens, l)
	}
	sortInts(lens)
	for _, l := range lens {
		println(l, len(byLen[l]), byLen[l][0], count[byLen[l][0]])
	}

	bigs := map[int]Big{}
	var b Big
	b.a[19] = 42
	b.s = "big"
	bigs[1] = b
	b.a[19] = 43
	got := bigs[1]
	println(got.a[19], got.s, bigs[1].a[19], bigs[2].s == "")
	for k, v := range bigs {
		v.a[19] = 0
		println(k, v.a[19], bigs[k].a[19])
	}
	bp := map[[2]string]*Big{}
	bp[[2]string{"x", "y"}] = &b
	bp[[2]string{"x", "y"}].s = "changed"
	println(b.s)

	type pair struct {
		a, b interface{}
	}
	pm := map[pair]int{}
	pm[pair{1, "x"}] = 1
	pm[pair{1, "x"}]++
	pm[pair{"x", 1}] = 5
	println(len(pm), pm[pair{1, "x"}], pm[pair{"x", 1}])

	empty := map[struct{}]int{}
	empty[struct{}{}]++
	empty[struct{}{}]++
	println(len(empty), empty[struct{}{}])
	zv := map[int]struct{}{}
	zv[1] = struct{}{}
	_, ok := zv[1]
	println(len(zv), ok)
}
