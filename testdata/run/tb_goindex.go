package main

// An index out of range inside a goroutine: the goroutine's frames and
// "created by main.main" with the go statement's line.

var s = []int{1, 2, 3}

func at(i int) int {
	return s[i]
}

func worker(n int) {
	total := 0
	for i := 0; i < n; i++ {
		total += at(i)
	}
	println(total)
}

func nop() {}

func main() {
	go worker(5)
	for {
		nop()
	}
}
