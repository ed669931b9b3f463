package main

type I interface{ M() int }

type T struct{ a, b int }

func (t T) M() int { return t.a }

type P struct{ x int }

func (p *P) M() int { return p.x }

type S struct {
	name string
	val  interface{}
}

type F float64

func main() {
	var a, b interface{}
	println(a == b, a != b, a == nil, nil == a)
	a = 1
	b = 1
	println(a == b, a != b, a == nil, a != nil)
	b = 2
	println(a == b, a != b)
	b = int64(1)
	println(a == b)
	a, b = "xy", "x"+"y"
	println(a == b)
	a, b = 1.5, 1.5
	println(a == b)
	a, b = F(1.5), 1.5
	println(a == b)
	nan := 0.0
	nan = nan / nan
	a, b = nan, nan
	println(a == b, a == a)
	a, b = T{1, 2}, T{1, 2}
	println(a == b)
	b = T{1, 3}
	println(a == b)
	p := &P{1}
	a, b = p, p
	println(a == b)
	b = &P{1}
	println(a == b)
	a, b = [2]string{"a", "b"}, [2]string{"a", "b"}
	println(a == b)
	a, b = true, true
	println(a == b)

	// interface vs concrete
	var x interface{} = 5
	println(x == 5, x != 5, 5 == x, x == "5", x == 6)
	var s interface{} = "hi"
	println(s == "hi", "hi" == s, s == "ho")
	str := "hi"
	println(s == str, str == s)
	n := 5
	println(x == n, n == x, x != n)

	// non-empty interfaces
	var i, j I
	println(i == j, i == nil)
	i = T{1, 2}
	j = T{1, 2}
	println(i == j, i != j, i == nil)
	j = T{2, 2}
	println(i == j)
	j = p
	println(i == j)
	i = p
	println(i == j)
	println(i == I(p), i == T{1, 2})

	// mixed interface types
	var e interface{} = T{1, 2}
	i = T{1, 2}
	println(e == i, i == e)
	e = p
	println(e == i, i == e)

	// interfaces in structs and arrays
	s1 := S{"a", 1}
	s2 := S{"a", 1}
	println(s1 == s2, s1 != s2)
	s2.val = 2
	println(s1 == s2)
	s2.val = "1"
	println(s1 == s2)
	s2.val = nil
	println(s1 == s2)
	s1.val = nil
	println(s1 == s2)
	arr1 := [3]interface{}{1, "a", nil}
	arr2 := [3]interface{}{1, "a", nil}
	println(arr1 == arr2)
	arr2[2] = 0
	println(arr1 == arr2)
	ai := [2]I{T{1, 1}, nil}
	bi := [2]I{T{1, 1}, nil}
	println(ai == bi)

	// switch on interface values
	for _, v := range []interface{}{1, "a", 2.5, nil, T{1, 2}, int8(1), true} {
		switch v {
		case 1, "a":
			println("1 or a")
		case 2.5:
			println("2.5")
		case nil:
			println("nil")
		case T{1, 2}:
			println("T")
		case true:
			println("true")
		default:
			println("default")
		}
	}
	k := 3
	switch interface{}(k) {
	case 1:
		println("one")
	case k:
		println("k")
	}
	switch k {
	case x:
		println("x")
	case interface{}(3):
		println("any 3")
	}
	switch i {
	case I(T{1, 2}):
		println("T12")
	case I(p):
		println("p")
	}
}
