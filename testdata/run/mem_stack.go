package main

// Goroutine stacks: deep recursion on the main goroutine (10^6 frames) and
// in goroutines, whose stacks start small and continue on a second segment
// (runtime/stack.c): functions with stack arguments and results crossing
// that boundary, a callee changing its caller's variable through a
// pointer, panics recovered across the boundary (also by a deferred call
// that itself crosses it), a loop that crosses it
// thousands of times, and heap objects referenced only from deep frames
// while collections run.

type node struct {
	next *node
	v    int
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

// chain builds a list through n frames and sums it at the bottom, after
// making garbage, so collections run while the list lives only in frames.
func chain(n int, p *node) int {
	q := &node{p, n}
	if n == 0 {
		junk := 0
		for i := 0; i < 20000; i++ {
			b := make([]int, 100)
			b[i%100] = i
			junk += b[i%100]
		}
		s := 0
		for ; q != nil; q = q.next {
			s += q.v
		}
		return s + junk - 199990000
	}
	return chain(n-1, q)
}

// many passes 12 integers (three on the stack) and returns 9.
func many(n, a, b, c, d, e, f, g, h, i, j, k int) (int, int, int, int, int, int, int, int, int) {
	if n == 0 {
		return a, b, c, d, e, f, g, h, i + j + k
	}
	r1, r2, r3, r4, r5, r6, r7, r8, r9 := many(n-1, a+1, b+2, c+3, d+4, e+5, f+6, g+7, h+8, i+9, j+10, k+11)
	return r1, r2, r3, r4, r5, r6, r7, r8, r9 + 1
}

func inc(p *int, n int) {
	var pad [8]int
	pad[n%8] = 1
	if n == 0 {
		return
	}
	*p += pad[n%8]
	inc(p, n-1)
}

func boom(n int) int {
	if n == 0 {
		panic("deep")
	}
	return boom(n-1) + 1
}

func try(n int) (r int) {
	defer func() {
		recover()
		r -= n
	}()
	return boom(n)
}

func bigframe(n int) int {
	var b [300]int
	b[n%300] = n
	if n == 0 {
		return 0
	}
	return bigframe(n-1) + b[n%300] - n + 1
}

// down panics n frames deep; its deferred closure recovers. Swept over n,
// the deferred call (or the compiler's wrapper of it) is at some point the
// function that crosses to the second segment.
func down(n int, caught *int) {
	if n > 0 {
		down(n-1, caught)
		return
	}
	defer func() {
		if r := recover(); r != nil {
			*caught++
		}
	}()
	panic("x")
}

var results [9]int
var finished [9]bool

func work(id int) {
	switch id {
	case 0:
		results[id] = deep(300000)
	case 1:
		results[id] = chain(100000, nil)
	case 2:
		_, _, _, _, _, _, _, _, r := many(20000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
		a, _, _, _, _, _, _, h, _ := many(20000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
		results[id] = r + a + h
	case 3:
		x := 0
		inc(&x, 50000)
		results[id] = x
	case 4:
		s := try(40000)
		s += deep(100000)
		s += try(10)
		results[id] = s
	case 5:
		s := 0
		for i := 0; i < 3000; i++ {
			s += deep(i)
		}
		results[id] = s
	case 6:
		results[id] = bigframe(2000)
	case 8:
		caught := 0
		for k := 0; k < 1500; k++ {
			down(k, &caught)
		}
		results[id] = caught
	case 7:
		s := 0
		for i := 0; i < 50; i++ {
			s += bigframe(i * 3)
		}
		results[id] = s
	}
	finished[id] = true
}

func nop() {}

// spin calls nop so that it has a stack check: with one P, main is
// preempted there and the goroutines get to run.
func spin() {
	nop()
	for i := 0; i < 100; i++ {
	}
}

func main() {
	println("main", deep(1000000))
	for id := 0; id < 9; id++ {
		go work(id)
	}
	for id := 0; id < 9; id++ {
		for !finished[id] {
			spin()
		}
		println(id, results[id])
	}
}
