package main

type Node struct {
	V    int
	Next *Node
}

func main() {
	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{i, head}
	}
	var prev *Node
	cur := head
	for cur != nil {
		prev, cur, cur.Next = cur, cur.Next, prev
	}
	for n := prev; n != nil; n = n.Next {
		print(n.V, " ")
	}
	println()
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 2, 9
	println(i, a[0], a[2])
	a[0], a[2] = a[2], a[0]
	println(a[0], a[2])
	type P struct{ X, Y int }
	p, q := P{1, 2}, P{3, 4}
	p, q = q, p
	println(p.X, q.X)
	arr := [2]P{{1, 1}, {2, 2}}
	arr[0], arr[1] = arr[1], arr[0]
	println(arr[0].X, arr[1].X)
}
