// loops: for with init/cond/post, for with a condition only, the endless
// for with break, continue, nested loops and a labelled break/continue.
package main

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	println("three-clause sum", sum)

	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz steps", steps)

	k := 0
	for {
		k++
		if k > 100 {
			break
		}
		if k%7 != 0 {
			continue
		}
		print(k, " ")
	}
	println()

	evens := 0
	for i := 0; i < 20; i++ {
		if i%2 == 1 {
			continue
		}
		evens++
	}
	println("evens", evens)

	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			print(i*j, " ")
		}
		println()
	}

	found := 0
outer:
	for i := 2; i < 50; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue outer
			}
		}
		found++
		if found == 10 {
			println("tenth prime", i)
			break outer
		}
	}

	var i int
	for i = 0; i < 3; {
		i++
	}
	println("i after loop", i)
}
