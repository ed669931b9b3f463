// The binary-trees benchmark (Benchmarks Game), depth 18; mem_trees.c is
// the same program in C against the runtime's allocator (tree nodes
// allocated with a type descriptor: two pointers and an int).
package main

type Node struct {
	left, right *Node
	val         int
}

func bottomUp(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(d - 1), bottomUp(d - 1), d}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	n := 18
	maxDepth := n
	println("stretch tree of depth", maxDepth+1, "check:", bottomUp(maxDepth+1).check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", long.check())
}
