package main

// Pointers: address-of locals (escape), new, pointer to struct fields and array
// elements, pointer equality, pointers to pointers, nil comparison.

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	p := newInt(5)
	q := newInt(5)
	println("*p:", *p, "p==q:", p == q, "*p==*q:", *p == *q)
	inc(p)
	inc(p)
	println("after inc:", *p)
	x, y := 1, 2
	swap(&x, &y)
	println("swapped:", x, y)
	n := new(int)
	println("new:", *n, n != nil)
	var np *int
	println("nil ptr:", np == nil)
	pp := &p
	**pp = 42
	println("via **:", *p)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	println("arr[1]:", arr[1])
	s := []int{1, 2, 3}
	es := &s[2]
	s[2] = 30
	println("*es:", *es)
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{i, head}
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum = sum*10 + n.Val
	}
	println("list:", sum)
	// reverse
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	for n := prev; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	type T struct{ a, b int }
	t := T{1, 2}
	pb := &t.b
	*pb = 99
	println("field ptr:", t.b)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	println("distinct:", *ptrs[0], *ptrs[1], *ptrs[2])
	pa := &arr
	println("ptr to array len/index:", len(pa), pa[2])
}
