package main

// binary trees built by several goroutines concurrently (depth 14..18 in
// steps), results gathered by index so the output order is fixed.

import "sync"

type Node struct{ l, r *Node }

func make_(d int) *Node {
	if d == 0 {
		return &Node{}
	}
	return &Node{make_(d - 1), make_(d - 1)}
}

func (n *Node) count() int {
	if n.l == nil {
		return 1
	}
	return 1 + n.l.count() + n.r.count()
}

func main() {
	depths := []int{12, 13, 14, 15, 16, 17}
	res := make([]int, len(depths))
	var wg sync.WaitGroup
	for i, d := range depths {
		wg.Add(1)
		go func(i, d int) {
			defer wg.Done()
			total := 0
			for k := 0; k < 2; k++ {
				total += make_(d).count()
			}
			res[i] = total
		}(i, d)
	}
	wg.Wait()
	for i, d := range depths {
		println("depth", d, "nodes x2:", res[i])
	}
}
