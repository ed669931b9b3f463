package main

// Labeled break and continue across nested for, switch and select; break
// inside switch inside for.

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	count := 0
loop:
	for {
		switch {
		case count >= 4:
			break loop
		default:
			count++
		}
	}
	println("count:", count)
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			switch v {
			case 4:
				found = i
				break search
			}
		}
	}
	println("found row:", found)
	n := 0
next:
	for i := 2; i < 50; i++ {
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				continue next
			}
		}
		n++
	}
	println("primes < 50:", n)
	ch := make(chan int, 1)
	steps := 0
sel:
	for {
		select {
		case ch <- steps:
			steps++
		case v := <-ch:
			if v >= 3 {
				break sel
			}
		}
	}
	println("select loop steps:", steps)
	x := 0
	{
	blk:
		for x < 10 {
			x++
			if x == 5 {
				break blk
			}
		}
	}
	println("x:", x)
}
