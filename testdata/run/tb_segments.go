package main

// A goroutine whose stack crossed to its second segment (runtime/stack.c:
// 90 frames of 320-byte arguments) is blocked when the deadlock is
// reported: its traceback runs across the boundary, as Go prints it.

func f(n int, a [40]int) int {
	if n == 0 {
		select {}
	}
	a[n%40] = n
	return f(n-1, a) + a[0]
}

func main() {
	go func() {
		var a [40]int
		f(90, a)
	}()
	select {}
}
