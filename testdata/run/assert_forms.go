package main

type I interface{ Get() int }

type T struct{ v int }

func (t T) Get() int { return t.v }

type Holder struct {
	val int
	ok  bool
}

var g interface{} = T{7}
var gv, gok = g.(T)
var gs, gsok = g.(string)
var gi, giok = g.(I)

var calls int

func next() interface{} {
	calls++
	return calls
}

func pick(x interface{}) (int, bool) {
	v, ok := x.(int)
	return v, ok
}

func getI(x interface{}) I {
	return x.(I)
}

func main() {
	println(gv.v, gok, gs == "", gsok, gi.Get(), giok)

	// comma-ok into fields and elements
	var h Holder
	h.val, h.ok = interface{}(5).(int)
	println(h.val, h.ok)
	s := make([]int, 2)
	var oks [2]bool
	s[1], oks[1] = interface{}(9).(int)
	s[0], oks[0] = interface{}("x").(int)
	println(s[0], s[1], oks[0], oks[1])
	p := &Holder{}
	p.val, p.ok = next().(int)
	println(p.val, p.ok, calls)

	// if / for with init
	if v, ok := next().(int); ok && v == 2 {
		println("if init", v)
	}
	for v, ok := next().(int); ok && v < 6; v, ok = next().(int) {
		println("for", v)
	}
	println("calls", calls)

	// expressions: method calls, fields, arguments, returns
	var x interface{} = T{3}
	println(x.(T).v, x.(T).Get(), x.(I).Get(), getI(x).Get())
	v, ok := pick(x)
	println(v, ok)
	v, ok = pick(42)
	println(v, ok)
	f := x.(I).Get
	println(f())
	var xp interface{} = &T{4}
	xp.(*T).v = 40
	println(xp.(*T).v, xp.(I).Get())

	// redeclaration in :=
	a, ok := x.(I)
	println(a.Get(), ok)
	b, ok := x.(*T)
	println(b == nil, ok)

	// shadowed in closure
	fn := func() int {
		if t, ok := x.(T); ok {
			return t.v * 100
		}
		return 0
	}
	println(fn())

	// type switch evaluates its operand once
	calls = 0
	switch v := next().(type) {
	case string:
		println("string", v)
	case int:
		println("int", v)
	}
	println("calls", calls)

	// switch in a loop with continue and labels
	vals := []interface{}{1, "a", T{2}, nil, &T{3}}
	total := 0
loop:
	for i, e := range vals {
		switch e := e.(type) {
		case int:
			total += e
			continue
		case string:
			total += len(e) * 10
		case I:
			total += e.Get() * 100
			if i == 4 {
				break loop
			}
		case nil:
			continue loop
		}
		total += 1000
	}
	println("total", total)
}
