package main

func f() (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			r = 42
		}
	}()
	panic("boom")
}

func g() {
	println("recover outside panic:", recover() == nil)
}

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		println("helper sees nil:", helper() == nil)
		println("direct sees non-nil:", recover() != nil)
	}()
	panic(1)
}

func nested() {
	defer func() {
		func() {
			println("nested closure sees nil:", recover() == nil)
		}()
		recover()
	}()
	panic(2)
}

func twice() {
	defer func() {
		r1 := recover()
		r2 := recover()
		println(r1 != nil, r2 == nil)
	}()
	panic("x")
}

func main() {
	println(f())
	g()
	indirect()
	nested()
	twice()
	var e interface{}
	println(e)
	defer func() {
		r := recover()
		println("main recovered", r != nil)
		panic(r)
	}()
	panic("first")
}
