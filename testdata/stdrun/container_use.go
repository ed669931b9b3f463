package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"unicode/utf16"
)

// An Item is something with a priority in a queue.
type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any           { old := *pq; n := len(old); it := old[n-1]; *pq = old[:n-1]; return it }
func (pq *PQ) update(it *Item, p int) { it.priority = p; heap.Fix(pq, it.index) }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	it := &Item{value: "orange", priority: 1}
	heap.Push(&pq, it)
	pq.update(it, 5)
	heap.Remove(&pq, pq[len(pq)-1].index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	var z list.List
	z.PushBack("zero")
	l.PushBackList(l)
	l.Remove(e4)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), z.Len(), z.Front().Value)

	u := utf16.Encode([]rune("héllo, 世界 🎉"))
	fmt.Println(u, string(utf16.Decode(u)), utf16.IsSurrogate(0xd800))
	r1, r2 := utf16.EncodeRune('🎉')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
}
