package main

// Slices of pointers rebuilt in loops: each round makes a new slice of
// pointers to new records, keeps a few records from the previous round and
// drops the rest; checks that every kept record is intact.

type rec struct {
	id   int
	name string
	next *rec
	data []int
}

func build(round, n int, prev []*rec) []*rec {
	var out []*rec
	for i := 0; i < n; i++ {
		r := &rec{id: round*100000 + i, data: make([]int, i%16)}
		for k := range r.data {
			r.data[k] = r.id + k
		}
		if len(prev) > 0 && i%7 == 0 {
			r.next = prev[i%len(prev)]
		}
		out = append(out, r)
	}
	return out
}

func verify(s []*rec) int {
	sum := 0
	for _, r := range s {
		for k, v := range r.data {
			if v != r.id+k {
				println("corrupted", r.id, k, v)
				return -1
			}
		}
		sum += r.id % 1000
		if r.next != nil {
			sum += r.next.id % 10
		}
	}
	return sum
}

func main() {
	var cur []*rec
	total := 0
	for round := 0; round < 300; round++ {
		next := build(round, 5000, cur)
		total += verify(next)
		cur = next
	}
	println("total", total, len(cur))

	grid := make([][]*rec, 100)
	for round := 0; round < 50; round++ {
		for i := range grid {
			row := make([]*rec, 0, 4)
			for j := 0; j < 100; j++ {
				row = append(row, &rec{id: i*1000 + j})
			}
			grid[i] = row
		}
	}
	s := 0
	for _, row := range grid {
		for _, r := range row {
			s += r.id
		}
	}
	println("grid", s)
}
