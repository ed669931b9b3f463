package main

// runtime.GOMAXPROCS changes the number of Ps at run time and returns the
// previous setting; n < 1 only reports it. The first call's result depends
// on the environment, so it is not printed.

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println(runtime.GOMAXPROCS(2))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(1))
	fmt.Println(runtime.GOMAXPROCS(8))
	fmt.Println(runtime.GOMAXPROCS(-3))
	fmt.Println(runtime.GOMAXPROCS(8))
	fmt.Println(runtime.GOMAXPROCS(3))
	fmt.Println(runtime.GOMAXPROCS(0))

	// Goroutines still run on every size, and the caller keeps running
	// when its own P goes away.
	ncpu := runtime.NumCPU()
	for _, n := range []int{1, 5, 2, 7, 1, 3} {
		runtime.GOMAXPROCS(n)
		done := make(chan int)
		for i := 0; i < 10; i++ {
			go func(i int) { done <- i * n }(i)
		}
		sum := 0
		for i := 0; i < 10; i++ {
			sum += <-done
		}
		fmt.Println(n, sum, runtime.GOMAXPROCS(0))
	}
	fmt.Println(runtime.NumCPU() == ncpu)
}
