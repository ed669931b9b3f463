package main

// Maps: literals, insert, update, comma-ok lookup, delete, len, zero value for
// missing keys, nil map reads, order-independent iteration sums.

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println("len:", len(m), "one:", m["one"], "missing:", m["zzz"])
	v, ok := m["two"]
	println("two:", v, ok)
	v, ok = m["four"]
	println("four:", v, ok)
	m["four"] = 4
	m["one"] = 100
	println("after set len:", len(m), m["one"], m["four"])
	delete(m, "two")
	delete(m, "absent")
	_, ok = m["two"]
	println("after delete len:", len(m), "two present:", ok)
	sum, klen := 0, 0
	for k, v := range m {
		sum += v
		klen += len(k)
	}
	println("sum:", sum, "key lengths:", klen)
	var nm map[string]int
	println("nil map:", nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	println("nil comma-ok:", ok)
	delete(nm, "x")
	for range nm {
		println("never")
	}
	mk := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		mk[i%137] += i
	}
	s := 0
	for k, v := range mk {
		s += k * v
	}
	println("mk len:", len(mk), "weighted:", s)
	m2 := map[int]string{}
	m2[1] = "a"
	m2[1] += "b"
	println("op-assign:", m2[1])
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	println("l:", counts['l'], "o:", counts['o'], "distinct:", len(counts))
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{"x": 1}
	mm["a"]["y"] = 2
	println("nested:", len(mm["a"]), mm["a"]["y"], mm["b"]["z"])
	ms := map[int][]int{}
	ms[1] = append(ms[1], 10)
	ms[1] = append(ms[1], 20)
	println("slice values:", len(ms[1]), ms[1][1])
	// delete during iteration is allowed
	for k := range mk {
		if k%2 == 0 {
			delete(mk, k)
		}
	}
	println("after delete evens:", len(mk))
	// maps are references
	alias := m
	alias["new"] = 7
	println("alias visible:", m["new"], len(m))
	for k := range m {
		delete(m, k)
	}
	println("cleared:", len(m), len(alias))
}
