package main

type Any interface{}

type I interface{ M() }

type T struct{}

func (*T) M() {}

func try(f func()) {
	defer func() { println(recover().(error).Error()) }()
	f()
}

func main() {
	var a Any = "s"
	try(func() { _ = a.(int) })
	var i I = &T{}
	try(func() { _ = i.(interface{ N() }) })
	try(func() { _ = a.(I) })
	var e error
	try(func() { _ = e.(interface{ Error() string; X() }) })
	var x interface{} = struct{ A int }{1}
	try(func() { _ = x.(struct{ B int }) })
	try(func() { _ = x.(*struct{ A int }) })
	var p interface{} = &T{}
	try(func() { _ = p.(T) })
}
