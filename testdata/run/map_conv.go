package main

type Stringer interface{ String() string }
type N int

func (n N) String() string { return "N" + string(rune('0'+int(n))) }

func main() {
	var k interface{}
	var v Stringer
	for k, v = range map[int]N{3: 4} {
	}
	println(k.(int), v.String())
	var e interface{}
	var ok bool
	e, ok = map[string]float64{"x": 1.5}["x"]
	println(e.(float64), ok)
	var ok2 interface{}
	_, ok2 = map[int]int{}[1]
	println(ok2.(bool))
	m := map[interface{}]Stringer{}
	m[N(1)] = N(2)
	m[1] = N(3)
	println(len(m), m[N(1)].String(), m[1].String())
	type B bool
	var bb B
	_, bb = m[2]
	println(bb)
}
