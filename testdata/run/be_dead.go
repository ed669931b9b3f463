package main

func f(n int) int {
	s := n
	return s
	for {
		s++
		if s > 10 {
			break
		}
	}
	return s * 2
}

func g(n int) int {
	goto end
	for n < 100 {
		n += 2
	}
end:
	return n
}

func main() { println(f(3), g(4)) }
