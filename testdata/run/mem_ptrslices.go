package main

// Slices of pointers rebuilt in loops: old generations become garbage while
// the newest survives; checksums prove the contents.

type Item struct {
	id   int
	data [8]int
	next *Item
}

func main() {
	var keep []*Item
	sum := 0
	for gen := 0; gen < 200; gen++ {
		items := make([]*Item, 0, 16)
		for i := 0; i < 2000; i++ {
			it := &Item{id: gen*2000 + i}
			it.data[i%8] = i
			if len(items) > 0 {
				it.next = items[len(items)-1]
			}
			items = append(items, it)
		}
		s := 0
		for _, it := range items {
			s += it.id + it.data[it.id%8]
		}
		sum += s % 1000003
		keep = items
	}
	chain := 0
	for p := keep[len(keep)-1]; p != nil; p = p.next {
		chain++
	}
	println("sum:", sum, "chain:", chain, "last id:", keep[len(keep)-1].id)
}
