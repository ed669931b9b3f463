package main

// lang_bounds.go - every bounds failure's message (Go's boundsError),
// recovered; lang_bounds.c calls the matching runtime.panic* functions.

func try(f func()) {
	defer func() { println("recovered:", recover().(error).Error()) }()
	f()
}

var sink interface{}

func main() {
	s := make([]int, 3, 5)
	i, j, k, n := 7, 2, 1, -1
	u := uint(8)
	str := "abc"
	try(func() { _ = s[i] })
	try(func() { _ = s[n] })
	try(func() { _ = s[u] })
	try(func() { _ = str[:i] })
	try(func() { _ = s[:i] })
	try(func() { _ = s[:n] })
	try(func() { _ = s[j:k] })
	try(func() { _ = s[n:] })
	try(func() { _ = s[:2:i] })
	try(func() { _ = s[:2:n] })
	try(func() { _ = s[:i:4] })
	try(func() { _ = s[:n:4] })
	try(func() { _ = s[j:k:4] })
	try(func() { _ = s[n:k:4] })
	try(func() { sink = (*[4]int)(s) })
	try(func() { _ = s[:u] })
	try(func() { _ = s[u:2] })
	a := []int{}
	_ = a[i]
}
