package main

// Stack growth: deep recursion with large frames holding pointers to stack
// variables (which must be adjusted when the stack moves), in main and in
// several goroutines.

func deep(n int, p *int) int {
	var buf [64]int
	buf[n%64] = n
	local := n
	q := &local
	if n == 0 {
		return *p
	}
	r := deep(n-1, q)
	return r + buf[n%64] - n + *q - local + *p - *p
}

func chain(n int, acc *[4]int) {
	if n == 0 {
		return
	}
	var mine [4]int
	mine[0] = acc[0] + 1
	chain(n-1, &mine)
	acc[1] = mine[1] + mine[0]
}

func main() {
	x := 7
	println("deep:", deep(20000, &x))
	var a [4]int
	chain(50000, &a)
	println("chain:", a[1])
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) {
			v := g
			done <- deep(5000*(g+1), &v)
		}(g)
	}
	s := 0
	for g := 0; g < 4; g++ {
		s += <-done
	}
	println("goroutines:", s)
}
