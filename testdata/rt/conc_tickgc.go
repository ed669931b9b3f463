package main

import "time"

// A fast ticker keeps firing while the collector runs.
func main() {
	tk := time.NewTicker(50 * time.Microsecond)
	go func() {
		for {
			<-tk.C
		}
	}()
	n, bad := 0, 0
	for ; n < 100000; n++ {
		p := new([32]int)
		p[0], p[31] = n, n
		q := new([32]int)
		_ = q
		if p[0] != n || p[31] != n {
			bad++
		}
	}
	tk.Stop()
	println("n", n, "bad", bad)
}
