package main

// A runtime error panic during a deferred call of a panicking goroutine; the
// message lists both; exit status 2.

func main() {
	defer func() {
		var a []int
		i := 3
		_ = a[i]
	}()
	var m map[string]bool
	m["x"] = true
}
