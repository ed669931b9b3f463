package main

// recover: returns the panic value only when called directly by a deferred
// function; nil otherwise; execution resumes in the caller of the panicking
// function; recover in nested calls returns nil.

func helper() interface{} { return recover() }

func direct() (res string) {
	defer func() {
		r := recover()
		res = "recovered: " + r.(string)
	}()
	panic("boom")
}

func indirect() (res string) {
	defer func() {
		if helper() == nil {
			println("helper's recover returned nil")
		}
		r := recover()
		res = "direct recover after helper: " + r.(string)
	}()
	panic("deep")
}

func notPanicking() {
	defer func() {
		println("recover without panic:", recover() == nil)
	}()
}

func twice() (n int) {
	defer func() {
		a := recover()
		b := recover()
		if a != nil && b == nil {
			n = 2
		}
	}()
	panic("once")
}

func main() {
	println(direct())
	println(indirect())
	notPanicking()
	println("second recover:", twice())
	println("before")
	func() {
		defer func() {
			println("value:", recover().(int))
		}()
		var a []int
		_ = a
		panic(42)
	}()
	println("after: normal flow continues")
}
