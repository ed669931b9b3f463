package main

type Point struct {
	X, Y int
}

type Rec struct {
	Name  string
	Count int
	Tags  []string
}

type Key struct {
	A string
	B int32
	C [2]int8
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

type Holder struct {
	id int
	m  map[string]int
}

func fill(h *Holder) {
	if h.m == nil {
		h.m = make(map[string]int)
	}
	h.m["x"] = h.id
}

func mkPair(a, b string) map[string]map[string]int {
	return map[string]map[string]int{a: {b: 1}, b: {a: 2}}
}

func main() {
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pts[Point{5, 6}] = "c"
	println(len(pts), pts[Point{1, 2}], pts[Point{3, 4}], pts[Point{5, 6}], pts[Point{0, 0}] == "")
	p := Point{3, 4}
	s, ok := pts[p]
	println(s, ok)
	sum := 0
	for k, v := range pts {
		sum += k.X*10 + k.Y
		_ = v
	}
	println(sum)

	recs := map[string]Rec{}
	recs["a"] = Rec{"alpha", 1, []string{"x"}}
	recs["b"] = Rec{Name: "beta"}
	r := recs["a"]
	r.Count = 99
	println(recs["a"].Count, r.Count, recs["a"].Name, len(recs["a"].Tags), recs["b"].Name, recs["zz"].Count)
	rp := map[string]*Rec{"p": {Name: "ptr"}}
	rp["p"].Count += 5
	println(rp["p"].Name, rp["p"].Count, rp["none"] == nil)

	km := map[Key]int{}
	km[Key{"x", 1, [2]int8{1, 2}}] = 1
	km[Key{"x", 1, [2]int8{1, 3}}] = 2
	km[Key{"x", 1, [2]int8{1, 2}}] += 10
	println(len(km), km[Key{"x", 1, [2]int8{1, 2}}], km[Key{"x", 1, [2]int8{1, 3}}])

	arr := map[[3]int]string{{1, 2, 3}: "one", {3, 2, 1}: "two"}
	println(arr[[3]int{1, 2, 3}], arr[[3]int{3, 2, 1}], len(arr))

	mm := map[string]map[string]int{}
	for _, a := range []string{"x", "y", "x", "z", "x", "y"} {
		if mm[a] == nil {
			mm[a] = map[string]int{}
		}
		mm[a][a+"!"]++
	}
	println(len(mm), mm["x"]["x!"], mm["y"]["y!"], mm["z"]["z!"], mm["w"]["w!"])
	pair := mkPair("p", "q")
	println(pair["p"]["q"], pair["q"]["p"], len(pair))

	ms := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		ms[k] = append(ms[k], i)
	}
	for _, k := range []string{"even", "odd"} {
		print(k, ":")
		for _, v := range ms[k] {
			print(" ", v)
		}
		println()
	}

	h := &Holder{id: 7}
	fill(h)
	println(h.m["x"], len(h.m))
	var hs []Holder
	hs = append(hs, Holder{id: 1, m: map[string]int{"a": 1}})
	hs[0].m["b"] = 2
	println(len(hs[0].m))

	var names []string
	for k := range map[string]bool{"q": true, "a": true, "m": false} {
		names = append(names, k)
	}
	sortStrings(names)
	println(names[0], names[1], names[2])

	bm := map[bool]int{true: 1, false: 0}
	bm[true] += 2
	println(bm[true], bm[false])

	var mp map[*Point]int = map[*Point]int{}
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	mp[p1] = 1
	mp[p2] = 2
	mp[p1]++
	println(len(mp), mp[p1], mp[p2])

	big := map[int][20]int{}
	var a20 [20]int
	a20[19] = 7
	big[1] = a20
	a20[19] = 8
	println(big[1][19], big[2][19], a20[19])
	huge := map[[40]int][40]string{}
	var hk [40]int
	hk[39] = 1
	var hv [40]string
	hv[39] = "z"
	huge[hk] = hv
	hk2 := hk
	println(huge[hk2][39], len(huge), huge[[40]int{}][39] == "")
}
