package main

// Type assertions: single-result form on success, comma-ok form on success and
// failure (zero value), asserting to interfaces, asserting nil interfaces.

type Stringer interface{ String() string }
type Num int

func (n Num) String() string { return "num" }

type Other struct{}

func main() {
	var x interface{} = 42
	n := x.(int)
	println("n:", n)
	s, ok := x.(string)
	println("string?", ok, len(s))
	f, ok := x.(float64)
	println("float?", ok, f)
	x = Num(7)
	st, ok := x.(Stringer)
	println("Stringer?", ok, st.String())
	nn, ok := x.(Num)
	println("Num?", ok, int(nn))
	i, ok := x.(int)
	println("int? (Num is not int)", ok, i)
	x = Other{}
	st, ok = x.(Stringer)
	println("Other Stringer?", ok, st == nil)
	var empty interface{}
	_, ok = empty.(int)
	println("nil iface assert ok:", ok)
	_, ok = empty.(interface{})
	println("nil to interface{} ok:", ok)
	var sv Stringer = Num(3)
	back := sv.(Num)
	println("from Stringer:", int(back))
	if v, ok := interface{}(int32(5)).(int32); ok {
		println("int32:", v)
	}
	p := &Other{}
	x = p
	q, ok := x.(*Other)
	println("pointer assert same:", ok, q == p)
	_, ok = x.(Other)
	println("value vs pointer:", ok)
}
