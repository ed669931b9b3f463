package main

// switch: with init statement, tagless, case lists, fallthrough, default in
// the middle, break out of switch, switch on strings and types of values,
// evaluation order of case expressions.

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func trace(n int) int {
	print("[", n, "]")
	return n
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		print(grade(n), " ")
	}
	println()
	for i := 0; i < 6; i++ {
		switch x := i * 2; x {
		case 0, 2:
			print("small ")
		case 4:
			print("four ")
			fallthrough
		case 6:
			print("six-ish ")
		default:
			print("big ")
		case 8:
			print("eight ")
		}
	}
	println()
	for _, s := range []string{"go", "rust", "c", ""} {
		switch s {
		case "go", "c":
			println(s, "compiled")
		case "":
			println("empty")
		default:
			println(s, "other")
		}
	}
	switch trace(2) {
	case trace(1), trace(2), trace(3):
		println(" matched")
	case trace(4):
		println(" no")
	}
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			break
		default:
			print("i=", i, " ")
		}
	}
	println()
	switch x := 5; {
	case x > 3:
		println("x>3")
		fallthrough
	case x > 100:
		println("fell into x>100")
	case x > 4:
		println("not reached")
	}
	switch {
	}
	var b bool
	switch b {
	case true:
		println("true")
	case false:
		println("false")
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		println("vowel")
	default:
		println("consonant", string(c))
	}
}
