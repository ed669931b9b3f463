package main

// recover in several shapes: a function returning unnamed results resumes
// with zero values; a method's deferred closure; loops of recovered panics;
// a recover that is not called directly by the deferred function does not
// stop the panic.
type Acc struct{ total int }

func (a *Acc) add(n int) (int, string) {
	defer func() {
		recover()
		a.total += 1000
	}()
	if n < 0 {
		panic("negative")
	}
	a.total += n
	return a.total, "ok"
}

func helper() { recover() }

func indirect() {
	defer func() {
		helper()
		println("helper did not recover")
	}()
	panic(Code(3))
}

type Code uint16

func outer() {
	defer func() {
		recover()
		println("outer recovered")
	}()
	indirect()
	println("not reached")
}

func main() {
	a := &Acc{}
	for i := -2; i < 3; i++ {
		t, s := a.add(i)
		println(i, t, s, a.total)
	}
	outer()
	func() {
		defer func() { recover(); println("literal recovered") }()
		var m []string
		println(m[3])
	}()
	println("end")
}
