package main

// GOTRACEBACK=all (tests/gc_test.sh sets it, with GOMAXPROCS=1): a panic
// in main while another goroutine is blocked in select {}; both goroutines
// are listed.

var ready bool

func idle() {
	ready = true
	select {}
}

func nop() {}

// spin calls nop so that it has a stack check: with one P, main is
// preempted there and idle gets to run.
func spin() {
	nop()
	for i := 0; i < 100; i++ {
	}
}

func fail(n int) {
	if n == 0 {
		panic("all")
	}
	fail(n - 1)
}

func main() {
	go idle()
	for !ready {
		spin()
	}
	fail(2)
}
