package main

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 100
	println(s[0], len(p))
	var ns []int
	z := (*[0]int)(ns)
	println(z == nil)
	var u uint = 5
	println(len(s[:u]))
}
