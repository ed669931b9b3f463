package main

// Values that live only in a channel's buffer (or with a parked sender)
// stay alive while the collector runs: pointers, strings, slices and
// structs holding pointers, received intact after heavy allocation.

type node struct {
	id   int
	name string
	next *node
	data []int
}

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 64)
		b[i%64] = i
		s += len(b)
		p := &node{id: i}
		s += p.id & 1
	}
	return s
}

func mk(i int) *node {
	d := make([]int, 16)
	for k := range d {
		d[k] = i * k
	}
	return &node{id: i, name: "n" + string(rune('a'+i%26)), next: &node{id: -i}, data: d}
}

func check(p *node, i int) bool {
	if p.id != i || p.next.id != -i || len(p.data) != 16 || p.name != "n"+string(rune('a'+i%26)) {
		return false
	}
	for k := range p.data {
		if p.data[k] != i*k {
			return false
		}
	}
	return true
}

type holder struct {
	p *node
	s []int
}

func main() {
	const n = 500
	pc := make(chan *node, n)
	for i := 0; i < n; i++ {
		pc <- mk(i)
	}
	hc := make(chan holder, n)
	for i := 0; i < n; i++ {
		hc <- holder{mk(i), []int{i, i + 1}}
	}
	sc := make(chan string, n)
	for i := 0; i < n; i++ {
		sc <- "s" + string(rune('A'+i%26))
	}
	// a parked sender's value is only on its stack
	unbuf := make(chan *node)
	go func() {
		for i := 0; i < 10; i++ {
			unbuf <- mk(i)
		}
	}()
	churn(400000)
	bad := 0
	for i := 0; i < n; i++ {
		if !check(<-pc, i) {
			bad++
		}
		h := <-hc
		if !check(h.p, i) || h.s[0] != i || h.s[1] != i+1 {
			bad++
		}
		if s := <-sc; s != "s"+string(rune('A'+i%26)) {
			bad++
		}
	}
	for i := 0; i < 10; i++ {
		churn(20000)
		if !check(<-unbuf, i) {
			bad++
		}
	}
	println("bad:", bad)
}
