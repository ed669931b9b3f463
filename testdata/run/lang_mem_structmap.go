package main

// Maps with pointer and string values churned heavily; values overwritten so
// old ones become garbage; GC must keep the live ones intact.

type Rec struct {
	name string
	vals []int
}

func main() {
	m := map[int]*Rec{}
	for i := 0; i < 300000; i++ {
		k := i % 1000
		r := &Rec{name: "rec", vals: make([]int, 4)}
		r.vals[0] = i
		m[k] = r
	}
	sum := 0
	for k, r := range m {
		sum += r.vals[0] - k
	}
	println("entries:", len(m), "sum:", sum)
	names := map[string]int{}
	for i := 0; i < 100000; i++ {
		b := []byte{byte('a' + i%26), byte('a' + i/26%26), byte('a' + i/676%26)}
		names[string(b)] += i
	}
	s := 0
	for k, v := range names {
		s += v * int(k[0]-'a'+1)
	}
	println("names:", len(names), "weighted:", s)
}
