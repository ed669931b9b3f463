package main

type I interface{ M() }

type T int

func (T) M() {}

func main() {
	m := map[I]int{}
	var i I = T(1)
	m[i] = 5
	var e interface{} = T(1)
	j := e.(I)
	println(m[j], len(m))
	m[j] = 6
	println(m[i], len(m))
	var a [2]I
	a[0] = j
	b := [2]I{i, nil}
	println(a == b)
	type S struct{ x I }
	println(S{i} == S{j})
}

func init() {
	type S struct{ x I }
	var i I = T(2)
	var e interface{} = T(2)
	j := e.(I)
	println(interface{}(S{i}) == interface{}(S{j}), interface{}([1]I{i}) == interface{}([1]I{j}))
}
