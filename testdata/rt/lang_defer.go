package main

// lang_defer.go - the defer/recover flows lang_defer.s drives by hand.

func f() (r int) {
	defer func() {
		e := recover()
		println("recovered", e.(string))
		r = 7
	}()
	panic("boom")
}

func h() {
	defer func() {
		e := recover()
		println("recovered", e.(error).Error())
	}()
	a := []int{1, 2, 3}
	i := 5
	println(a[i])
}

func k() {
	defer func() { println("deferred", 1) }()
	defer func() { println("deferred", 2) }()
	defer func() { println("deferred", 3) }()
	println("k body")
}

func helper() bool {
	return recover() == nil
}

func main() {
	r := f()
	println("f returned", r)
	h()
	println("h returned")
	k()
	println("k returned")
	defer func() { panic("second") }()
	defer func() { println("nested recover nil:", helper()) }()
	panic("first")
}
