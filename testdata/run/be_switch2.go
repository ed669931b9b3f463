package main

func kind(s string) int {
	switch s {
	case "apple", "pear":
		return 1
	case "":
		return 0
	case "carrot":
		return 2
	}
	return -1
}

func mid(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "other"
	case 2:
		return "two"
	}
}

func ft(n int) int {
	r := 0
	switch {
	case n > 10:
		r += 100
		fallthrough
	case n > 5:
		r += 10
		fallthrough
	default:
		r++
	case n < 0:
		r = -1
	}
	return r
}

func loop() {
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			continue
		case i == 4:
			break
		default:
			println("i", i)
		}
		println("after switch", i)
	}
}

func flag(b bool) string {
	switch b {
	case true:
		return "yes"
	}
	return "no"
}

func initsw() int {
	switch x := kind("pear") + 1; x {
	case 2:
		return 20
	}
	return 0
}

func main() {
	println(kind("apple"), kind("pear"), kind(""), kind("carrot"), kind("x"))
	println(mid(1), mid(2), mid(3))
	println(ft(20), ft(7), ft(3), ft(-5))
	loop()
	println(flag(true), flag(false), initsw())
	s := ""
	for i := 0; i < 5; i++ {
		if "ab"[i%2] == 'a' {
			s += "a"
		} else {
			s = s + "b"
		}
	}
	println(s)
}
