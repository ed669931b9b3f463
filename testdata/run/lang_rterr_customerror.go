package main

// A runtime error recovered as a runtime.Error value, then an unrecovered
// index error inside a called function reports the innermost failure.

import "runtime"

func at(s []int, i int) int { return s[i] }

func main() {
	func() {
		defer func() {
			r := recover()
			re, ok := r.(runtime.Error)
			println("is runtime.Error:", ok, re.Error())
		}()
		var m map[int]int
		m[1] = 1
	}()
	println(at([]int{1, 2}, 1))
	println(at([]int{1, 2}, 2))
}
