// ifswitch: if/else chains, if with an init statement, switch with a tag,
// with several values per case, with no tag, and default in the middle.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4:
		return "weekday"
	default:
		return "unknown"
	case 5:
		return "friday"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	println(classify(-5), classify(0), classify(7), classify(42))
	for d := 0; d < 8; d++ {
		print(day(d), " ")
	}
	println()
	println(grade(95), grade(85), grade(75), grade(10))
	if x := 3 * 4; x > 10 {
		println("x is", x)
	} else {
		println("x is small")
	}
	switch y := 5; y {
	case 1:
		println("one")
	case 5:
		println("five")
	}
	b := true
	if !b || 1 > 2 {
		println("wrong")
	} else if b && 2 > 1 {
		println("right")
	}
	switch {
	default:
		println("only default")
	}
}
