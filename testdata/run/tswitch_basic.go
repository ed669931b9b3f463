package main

type MyInt int

type Stringer interface{ String() string }

type Named struct{ n string }

func (n Named) String() string { return "N:" + n.n }

type Num int

func (n *Num) String() string { return "Num" }

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) String() string { return "Sq" }

func classify(x interface{}) string {
	switch x.(type) {
	case nil:
		return "nil"
	case int, int8, int16:
		return "small int"
	case string:
		return "string"
	case MyInt:
		return "MyInt"
	case *int:
		return "*int"
	case []int:
		return "[]int"
	case func():
		return "func"
	case bool:
		return "bool"
	}
	return "unknown"
}

func describe(x interface{}) {
	switch v := x.(type) {
	default:
		println("default", v == nil)
	case int:
		println("int", v+1)
	case string:
		println("string", v+"!", len(v))
	case float64:
		println("float64", v*2)
	case Sq:
		println("Sq", v.s, v.Area())
	case Shape:
		println("Shape", v.Area())
	case Stringer:
		println("Stringer", v.String())
	case int8, uint8:
		_, isInt8 := v.(int8)
		println("int8 or uint8", isInt8)
	case nil:
		println("nil case", v == nil)
	case [2]string:
		println("array", v[0], v[1])
	case *int:
		*v = *v + 100
		println("ptr", *v)
	}
}

func main() {
	var p *int
	vals := []interface{}{nil, 1, int8(2), "s", MyInt(3), p, []int{1}, func() {}, true, 2.5, uint(4)}
	for _, v := range vals {
		println(classify(v))
	}
	n := 5
	all := []interface{}{3, "hey", 1.5, Sq{4}, Named{"z"}, new(Num), int8(1), uint8(2), nil, [2]string{"a", "b"}, &n, uint16(9)}
	for _, v := range all {
		describe(v)
	}
	println(n)

	// switch with init and shadowing
	x := interface{}(7)
	switch x := x.(type) {
	case int:
		x++
		println("shadow", x)
	}
	println(x.(int))

	switch y := 10; v := interface{}(y * 2).(type) {
	case int:
		println("init", y, v)
	}

	// break and labels
outer:
	for i := 0; i < 3; i++ {
		switch interface{}(i).(type) {
		case int:
			if i == 1 {
				break outer
			}
			println("loop", i)
			if i == 0 {
				break
			}
			println("not reached")
		}
	}
L:
	switch v := interface{}("q").(type) {
	case string:
		for {
			break L
		}
		println("nope", v)
	}
	println("done")

	// empty switch, only default
	switch interface{}(1).(type) {
	}
	switch v := interface{}(1).(type) {
	default:
		println("only default", v.(int))
	}

	// non-empty interface operand
	var sh Shape = Sq{3}
	switch v := sh.(type) {
	case Stringer:
		println("Shape is Stringer", v.String())
	}
	switch v := sh.(type) {
	case nil:
		println("nil shape")
	case Sq:
		println("sq", v.s)
	}
	sh = nil
	switch sh.(type) {
	case nil:
		println("nil shape")
	default:
		println("not nil")
	}
}
