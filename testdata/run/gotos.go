package main

// goto: backward loops, forward jumps over code, jumping out of nested blocks.

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func find(xs []int, want int) int {
	i := 0
	for ; i < len(xs); i++ {
		for j := 0; j < 1; j++ {
			if xs[i] == want {
				goto found
			}
		}
	}
	return -1
found:
	return i
}

func main() {
	println("collatz 27:", collatz(27))
	println("find:", find([]int{5, 7, 9}, 9), find([]int{1}, 2))
	i := 0
	goto check
body:
	print(i, " ")
	i++
check:
	if i < 5 {
		goto body
	}
	println()
	n := 0
	if n == 0 {
		goto skip
	}
	println("not printed")
skip:
	println("skipped")
}
