package main

// Map keys of struct, array, interface, float, bool and pointer types.

type Key struct {
	A int
	B string
}

type P struct{ n int }

func main() {
	ms := map[Key]int{}
	ms[Key{1, "a"}] = 1
	ms[Key{1, "b"}] = 2
	ms[Key{1, "a"}] += 10
	println("struct keys:", len(ms), ms[Key{1, "a"}], ms[Key{2, "a"}])
	ma := map[[3]int]string{}
	ma[[3]int{1, 2, 3}] = "x"
	ma[[3]int{3, 2, 1}] = "y"
	println("array keys:", len(ma), ma[[3]int{1, 2, 3}], ma[[3]int{3, 2, 1}])
	mi := map[interface{}]int{}
	mi[1] = 1
	mi["1"] = 2
	mi[int64(1)] = 3
	mi[1.0] = 4
	mi[Key{1, "a"}] = 5
	mi[true] = 6
	mi[nil] = 7
	println("iface keys:", len(mi), mi[1], mi["1"], mi[int64(1)], mi[1.0], mi[Key{1, "a"}], mi[true], mi[nil])
	mi[1] = 100
	println("after update:", mi[1], len(mi))
	mf := map[float64]int{}
	mf[0.5] = 1
	mf[1.0] = 2
	var z float64
	mf[z] = 3
	mf[-z] = 4
	println("float keys:", len(mf), mf[0], mf[0.5])
	nan := z / z
	mf[nan] = 5
	mf[nan] = 6
	_, ok := mf[nan]
	println("NaN keys:", len(mf), "lookup NaN ok:", ok)
	mb := map[bool]string{true: "yes", false: "no"}
	println("bool keys:", mb[1 < 2], mb[2 < 1])
	p1, p2 := &P{1}, &P{1}
	mp := map[*P]int{p1: 1, p2: 2}
	println("pointer keys:", len(mp), mp[p1], mp[p2])
	mr := map[rune]bool{'a': true}
	println("rune key:", mr['a'], mr['b'])
	type Nested struct {
		K Key
		N [2]int8
	}
	mn := map[Nested]int{{Key{1, "x"}, [2]int8{1, 2}}: 9}
	println("nested key:", mn[Nested{Key{1, "x"}, [2]int8{1, 2}}], mn[Nested{}])
	tot := 0
	for k, v := range mi {
		if _, isInt := k.(int); isInt {
			tot += 1000
		}
		tot += v
	}
	println("iface iteration total:", tot)
}
