package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type E interface{ Error() string }

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(E); ok {
			println("recovered:", e.Error())
		} else {
			println("recovered non-error")
		}
	}()
	f()
}

func main() {
	var x interface{} = 1.5
	try(func() { _ = x.(int) })
	try(func() { _ = x.(I) })
	var i I = T{}
	try(func() { _ = i.(interface{ N() }) })
	var n I
	try(func() { _ = n.(T) })
	try(func() { _ = n.(I) })
	try(func() { var z interface{}; _ = z.(string) })
	try(func() { _ = x.(*int) })
	try(func() { _ = x.([]string) })
	try(func() { _ = x.(map[string]int) })
	try(func() { _ = x.(func()) })
	try(func() { _ = x.(struct{ a int }) })
	try(func() { panic("plain") })
}
