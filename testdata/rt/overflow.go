package main

func deep(n int) int {
	var b [1 << 20]byte
	b[n%len(b)] = 1
	return deep(n+1) + int(b[0])
}

func main() { deep(0) }
