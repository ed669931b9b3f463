package main

// Stack objects that hold the only references to heap objects keep them
// alive through collections (stacks are scanned conservatively).

type Node struct {
	val  int
	kids [2]*Node
}

type Holder struct {
	root  *Node
	items [4]*Node
	s     []int
}

func build(d int) *Node {
	n := &Node{val: d}
	if d > 0 {
		n.kids[0] = build(d - 1)
		n.kids[1] = build(d - 1)
	}
	return n
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.kids[0].sum() + n.kids[1].sum()
}

func (h *Holder) total() int {
	t := h.root.sum()
	for _, it := range h.items {
		t += it.sum()
	}
	for _, v := range h.s {
		t += v
	}
	return t
}

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := make([]int, 100)
		p[i%100] = i
		s += p[i%100] & 1
	}
	return s
}

func main() {
	var h Holder
	h.root = build(10)
	for i := range h.items {
		h.items[i] = build(i + 3)
	}
	h.s = make([]int, 1000)
	for i := range h.s {
		h.s[i] = i
	}
	before := h.total()
	for round := 0; round < 5; round++ {
		c := churn(100000)
		var local Holder
		local.root = build(8)
		local.s = make([]int, 10)
		local.s[9] = round
		c += churn(50000)
		println("round", round, c, local.total(), h.total() == before)
	}
	println("total", before, h.total())
}
