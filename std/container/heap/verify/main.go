// Differential test of gocc/container/heap against Go's (needs real Go:
// sh std/verify.sh container/heap): random Push/Pop/Remove/Fix/Init on
// both, recording every Less and Swap call so that not only the results
// but the order of calls into the user's Interface must agree.
package main

import (
	"container/heap"
	"fmt"
	"math/rand"
	"os"

	ours "gocc/container/heap"
)

// recHeap is an int heap that logs the calls made on it.
type recHeap struct {
	a   []int
	log []int
}

func (h *recHeap) Len() int { return len(h.a) }
func (h *recHeap) Less(i, j int) bool {
	h.log = append(h.log, 1, i, j)
	return h.a[i] < h.a[j]
}
func (h *recHeap) Swap(i, j int) {
	h.log = append(h.log, 2, i, j)
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *recHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *recHeap) Pop() any {
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

func main() {
	bad, cases := 0, 0
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		o, g := &recHeap{}, &recHeap{}
		for k := r.Intn(20); k > 0; k-- {
			v := r.Intn(50)
			o.a, g.a = append(o.a, v), append(g.a, v)
		}
		ours.Init(o)
		heap.Init(g)
		var got, want []any
		for step := 0; step < 60; step++ {
			switch op := r.Intn(5); {
			case op <= 1:
				v := r.Intn(50)
				ours.Push(o, v)
				heap.Push(g, v)
			case op == 2 && len(o.a) > 0:
				got, want = append(got, ours.Pop(o)), append(want, heap.Pop(g))
			case op == 3 && len(o.a) > 0:
				i := r.Intn(len(o.a))
				got, want = append(got, ours.Remove(o, i)), append(want, heap.Remove(g, i))
			case op == 4 && len(o.a) > 0:
				i, v := r.Intn(len(o.a)), r.Intn(50)
				o.a[i], g.a[i] = v, v
				ours.Fix(o, i)
				heap.Fix(g, i)
			}
		}
		cases++
		x, y := fmt.Sprint(got, o.a, o.log), fmt.Sprint(want, g.a, g.log)
		if x != y {
			bad++
			if bad < 10 {
				fmt.Printf("MISMATCH round %d:\n  ours %s\n  go   %s\n", round, x, y)
			}
		}
	}
	fmt.Printf("container/heap: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
