package main

type S struct {
	n int
	v interface{}
}

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(e.Error())
		}
	}()
	f()
}

func main() {
	m1 := map[int]int{}
	try(func() { println(interface{}(m1) == interface{}(m1)) })
	f := func() {}
	try(func() { println(interface{}(f) == interface{}(f)) })
	try(func() { println(S{1, []int{}} == S{1, []int{}}) })
	try(func() { println(S{1, []int{}} == S{2, []int{}}) })
	try(func() { println(interface{}(S{1, []int{}}) == interface{}(S{1, []int{}})) })
	try(func() { println(interface{}([1][]int{}) == interface{}([1][]int{})) })
	try(func() {
		switch interface{}([]int{}) {
		case 1:
			println("no")
		default:
			println("default")
		}
	})
	var e interface{} = []int{}
	try(func() {
		switch e {
		case e:
			println("no")
		}
	})
	println("end")
}
