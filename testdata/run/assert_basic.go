package main

type MyInt int

type Point struct {
	X, Y int
}

type Box struct {
	p *int
}

type Stringer interface {
	String() string
}

type Named struct {
	name string
}

func (n Named) String() string { return "Named(" + n.name + ")" }

type PtrNamed struct {
	n int
}

func (p *PtrNamed) String() string { return "PtrNamed" }

func show(x interface{}) {
	if s, ok := x.(string); ok {
		println("string", s)
		return
	}
	if i, ok := x.(int); ok {
		println("int", i)
		return
	}
	println("other")
}

func asInt(x interface{}) int {
	return x.(int)
}

func main() {
	var x interface{} = 42
	i := x.(int)
	println(i, x.(int)+1, asInt(x)*2)

	var y interface{} = "hello"
	s := y.(string)
	println(s, len(y.(string)))

	show(x)
	show(y)
	show(3.5)

	// comma-ok: :=, =, var
	v1, ok1 := x.(string)
	println(v1 == "", ok1)
	var v2 int
	var ok2 bool
	v2, ok2 = x.(int)
	println(v2, ok2)
	var v3, ok3 = y.(string)
	println(v3, ok3)
	var v4, ok4 = y.(MyInt)
	println(v4, ok4)
	_, ok5 := y.(string)
	println(ok5)
	v6, _ := x.(int)
	println(v6)

	// named types are distinct
	var m interface{} = MyInt(7)
	_, isInt := m.(int)
	mi, isMy := m.(MyInt)
	println(isInt, isMy, mi)

	// floats, bools, small ints
	var f interface{} = 2.5
	println(f.(float64) * 2)
	var f32 interface{} = float32(1.25)
	println(f32.(float32))
	var bl interface{} = true
	println(bl.(bool), !bl.(bool))
	var b8 interface{} = byte(200)
	println(b8.(byte), b8.(uint8))
	var i16 interface{} = int16(-300)
	println(i16.(int16))
	var r interface{} = 'x'
	println(r.(rune), r.(int32))

	// structs and arrays (copied into the interface)
	p := Point{1, 2}
	var pi interface{} = p
	p.X = 100
	q := pi.(Point)
	println(q.X, q.Y, pi.(Point).Y)
	q.X = 5
	println(pi.(Point).X)
	var ai interface{} = [3]int{7, 8, 9}
	arr := ai.([3]int)
	println(arr[0], arr[2], ai.([3]int)[1])
	pz, okz := pi.([3]int)
	println(pz[0], pz[2], okz)
	pp, okp := ai.(Point)
	println(pp.X, pp.Y, okp)

	// direct-interface types: pointers, single-pointer structs, maps, funcs
	n := 10
	var ptr interface{} = &n
	*ptr.(*int) = 11
	println(n, *ptr.(*int))
	var bx interface{} = Box{&n}
	println(*bx.(Box).p)
	var fn interface{} = func(a int) int { return a * 3 }
	println(fn.(func(int) int)(5))
	var mp interface{} = map[string]int{"a": 1}
	println(mp.(map[string]int)["a"])
	var sl interface{} = []int{4, 5, 6}
	println(len(sl.([]int)), sl.([]int)[1])
	nilp, okn := ptr.(*string)
	println(nilp == nil, okn)

	// to interfaces
	var st interface{} = Named{"a"}
	sv := st.(Stringer)
	println(sv.String())
	sv2, okS := st.(Stringer)
	println(sv2.String(), okS)
	_, okS2 := x.(Stringer)
	println(okS2)
	var pn interface{} = &PtrNamed{}
	println(pn.(Stringer).String())
	_, okS3 := interface{}(PtrNamed{}).(Stringer)
	println(okS3)
	e := sv.(interface{})
	println(e.(Named).name)
	var nilI interface{}
	_, okNil := nilI.(interface{})
	_, okNil2 := nilI.(Stringer)
	_, okNil3 := nilI.(int)
	println(okNil, okNil2, okNil3)
	ns, okns := nilI.(Stringer)
	println(ns == nil, okns)

	// non-empty interface sources
	var si Stringer = Named{"b"}
	nb := si.(Named)
	println(nb.name)
	_, okp2 := si.(*PtrNamed)
	println(okp2)
	var si2 Stringer = &PtrNamed{3}
	println(si2.(*PtrNamed).n)
	var nilS Stringer
	_, okp3 := nilS.(Named)
	println(okp3)
	ee, oke := si.(interface{})
	println(ee.(Named).name, oke)
}
