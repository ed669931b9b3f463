package main

// Order of evaluation in assignments, op-assign on indexed expressions,
// increments on map and slice elements, multiple assignment with index
// expressions evaluated before assigning.

var log []string

func idx(name string, i int) int {
	log = append(log, name)
	return i
}

func main() {
	a := []int{0, 0, 0, 0}
	a[idx("l", 1)] = a[idx("r", 2)] + idx("c", 5)
	println("a[1]:", a[1], log[0], log[1], log[2])
	log = nil
	m := map[string]int{}
	m["k"]++
	m["k"] += 10
	m["j"]--
	println("map incs:", m["k"], m["j"])
	i := 0
	i, a[i] = 2, 7
	println("i:", i, "a[0]:", a[0], "a[2]:", a[2])
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println("rotate:", x, y, z)
	b := []int{1, 2, 3}
	b[0], b[1], b[2] = b[2], b[0], b[1]
	println("slice rotate:", b[0], b[1], b[2])
	s := []int{5}
	s[idx("a", 0)] += idx("b", 3)
	println("op-assign:", s[0], len(log))
	type P struct{ v int }
	ps := []*P{{1}, {2}}
	ps[0].v, ps[1].v = ps[1].v, ps[0].v
	println("swap fields:", ps[0].v, ps[1].v)
}
