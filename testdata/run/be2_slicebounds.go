package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 2, 1
	println(len(s[1:2]), len(s[:3]))
	println(len(s[lo:hi]))
}
