package main

// Interface comparison: same dynamic type and equal values, different dynamic
// types, pointers, nil interfaces, comparing interface with concrete value.

type A struct{ n int }
type B struct{ n int }
type I interface{}

type Eq interface{ ID() int }

func (a A) ID() int  { return a.n }
func (b *B) ID() int { return b.n }

func main() {
	var x, y interface{}
	println("nil==nil:", x == y)
	x, y = 1, 1
	println("1==1:", x == y)
	x, y = 1, int32(1)
	println("int 1 == int32 1:", x == y)
	x, y = A{1}, A{1}
	println("A{1}==A{1}:", x == y)
	x, y = A{1}, B{1}
	println("A{1}==B{1}:", x == y)
	p := &B{2}
	x, y = p, p
	println("same ptr:", x == y)
	y = &B{2}
	println("different ptr same value:", x == y)
	var e1, e2 Eq = A{3}, A{3}
	println("Eq equal:", e1 == e2)
	e2 = &B{3}
	println("Eq different types:", e1 == e2)
	println("iface vs concrete:", e1 == A{3}, e1 != A{4})
	x = "abc"
	println("string iface:", x == "abc", x == "ab"+"c", x != "abd")
	x = 1.5
	println("float iface:", x == 1.5)
	var zero float64
	x = zero / zero
	println("NaN iface:", x == x)
	x = [2]int{1, 2}
	println("array iface:", x == [2]int{1, 2})
	x = nil
	println("after reset:", x == nil)
	var j I = 5
	var k interface{} = 5
	println("named empty iface:", j == k)
}
