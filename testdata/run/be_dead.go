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
	for i := 0; i < n; i++ {
		n += i
	}
end:
	return n
}

func main() { println(f(3), g(4)) }
