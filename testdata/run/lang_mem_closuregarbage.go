package main

// Closures and interface values allocated in a loop (escaping captured
// variables); most become garbage immediately.

type Adder interface{ Add(int) int }
type plus struct{ n int }

func (p *plus) Add(x int) int { return x + p.n }

func main() {
	var fs []func() int
	total := 0
	for i := 0; i < 300000; i++ {
		v := i
		f := func() int { v++; return v }
		total += f()
		if i%1000 == 0 {
			fs = append(fs, f)
		}
	}
	for _, f := range fs {
		total += f()
	}
	println("closures:", total, len(fs))
	var as []Adder
	acc := 0
	for i := 0; i < 300000; i++ {
		var a Adder = &plus{i % 7}
		acc = a.Add(acc) % 1000000007
		if i%10000 == 0 {
			as = append(as, a)
		}
	}
	println("ifaces:", acc, len(as), as[3].Add(0))
}
