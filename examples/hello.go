// The default example: `make example` builds this with gocc and runs it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }
type square struct{ side float64 }

func (r rect) area() float64   { return r.w * r.h }
func (s square) area() float64 { return s.side * s.side }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("Hello from gocc!")

	// A goroutine sends Fibonacci numbers over a channel.
	ch := make(chan int)
	go func() {
		for i := 0; i <= 10; i++ {
			ch <- fib(i)
		}
		close(ch)
	}()
	var nums []string
	for n := range ch {
		nums = append(nums, fmt.Sprint(n))
	}
	fmt.Println(strings.Join(nums, " "))

	// Interfaces and a map, printed in a stable order.
	areas := map[string]shape{"rect": rect{3, 4}, "square": square{2.5}}
	names := make([]string, 0, len(areas))
	for name := range areas {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-6s %T area %.2f\n", name, areas[name], areas[name].area())
	}
}
