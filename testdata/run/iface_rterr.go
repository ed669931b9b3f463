package main

import "runtime"

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		re, ok2 := r.(runtime.Error)
		println(ok, ok2, err.Error())
		if ok2 {
			re.RuntimeError()
			println("rt:", re.Error())
		}
	}()
	f()
}

type I interface{ M() }

func main() {
	var a []int
	try(func() { _ = a[5] })
	try(func() {
		var m map[string]int
		m["x"] = 1
	})
	try(func() {
		var i I
		i.M()
	})
	try(func() {
		var e interface{} = "s"
		_ = e.(int)
	})
	try(func() {
		var e interface{} = 1
		_ = e.(I)
	})
	x := 0
	try(func() { println(1 / x) })
}
