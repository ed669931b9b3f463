package main

type A struct {
	n int
	v interface{}
}

type B struct {
	v interface{}
	n int
}

type C struct {
	s  string
	e  error
	_  interface{}
	xs [2]interface{}
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type Inner struct{ a interface{} }

type Outer struct {
	in  Inner
	arr [3]Inner
	f   float64
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	println(name, f())
}

func main() {
	s := []int{1}
	try("A same slice", func() bool { return A{1, s} == A{1, s} })
	try("A diff n", func() bool { return A{1, s} == A{2, s} })
	try("A !=", func() bool { return A{1, s} != A{2, s} })
	try("B diff n", func() bool { return B{s, 1} == B{s, 2} })
	try("B ints", func() bool { return B{1, 1} == B{1, 1} })
	try("B types", func() bool { return B{1, 1} == B{"1", 1} })
	try("C eq", func() bool {
		return C{"x", E{"m"}, 1, [2]interface{}{1, nil}} == C{"x", E{"m"}, 2, [2]interface{}{1, nil}}
	})
	try("C err", func() bool { return C{e: E{"m"}} == C{e: E{"n"}} })
	try("C nil err", func() bool { return C{} == C{e: nil} })
	try("C xs", func() bool { return C{xs: [2]interface{}{s, 1}} == C{xs: [2]interface{}{s, 2}} })
	try("C xs2", func() bool { return C{xs: [2]interface{}{1, s}} == C{xs: [2]interface{}{2, s}} })
	try("Outer", func() bool {
		o1 := Outer{in: Inner{"a"}, f: 1}
		o2 := o1
		o2.arr[2].a = 7
		return o1 == o2
	})
	try("Outer2", func() bool {
		o1 := Outer{in: Inner{"a"}, f: 1}
		o2 := o1
		return o1 == o2
	})
	var big1, big2 [20]interface{}
	for i := range big1 {
		big1[i] = i
		big2[i] = i
	}
	try("big eq", func() bool { return big1 == big2 })
	big2[19] = "x"
	try("big ne", func() bool { return big1 == big2 })
	big1[3], big2[3] = s, s
	try("big panic", func() bool { return big1 == big2 })
	var ai interface{} = A{1, 2}
	try("iface A", func() bool { return ai == A{1, 2} })
	try("iface A2", func() bool { return ai == interface{}(A{1, 3}) })
	try("iface A3", func() bool { return ai == interface{}(A{1, s}) })
}
