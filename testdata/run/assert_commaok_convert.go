package main

type S struct{ v interface{}; ok bool }

func main() {
	var x interface{} = 3
	var i interface{}
	var ok bool
	i, ok = x.(int)
	println(i.(int), ok)
	var s S
	s.v, s.ok = x.(int)
	println(s.v.(int), s.ok)
	arr := []interface{}{nil, nil}
	k := 0
	arr[k], ok = x.(interface{})
	println(arr[0] == x, ok)
	var e error
	var y interface{} = e
	var v interface{} = 1
	v, ok = y.(error)
	println(v == nil, ok)
}
