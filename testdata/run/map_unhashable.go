package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "recovered:", err.Error())
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

type T struct {
	a int
	f func()
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	var s interface{} = []int{1}
	try("assign", func() { m[s] = 2 })
	try("read", func() { println(m[s]) })
	try("commaok", func() { _, ok := m[s]; println(ok) })
	try("delete", func() { delete(m, s) })
	try("mapkey", func() { m[map[int]int{}] = 3 })
	try("funckey", func() { m[T{1, nil}]++ })
	var empty map[interface{}]int
	try("nilread", func() { println(empty[s]) })
	try("nildelete", func() { delete(empty, s) })
	try("ok", func() { m[[1]interface{}{2}] = 4 })
	println(len(m))
	m[s]++
}
