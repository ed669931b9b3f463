package main

import "math"

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

type P struct {
	A int
	B string
}

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }
func (c Counter) Get(k string) int { return c[k] }

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[1.0] = 4
	m[P{1, "x"}] = 5
	m[nil] = 6
	m[true] = 7
	m[[2]int{1, 2}] = 8
	println(len(m), m[1], m[int8(1)], m["1"], m[1.0], m[P{1, "x"}], m[nil], m[true], m[[2]int{1, 2}], m[2])
	m[1] += 100
	var k interface{} = 1
	println(m[k])
	v, ok := m[P{1, "y"}]
	println(v, ok)
	delete(m, "1")
	println(len(m))
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	println(len(m))
	z := 0.0
	nz := math.Copysign(0, -1)
	m[z] = 50
	m[nz] += 1
	println(m[0.0], len(m))
	sum := 0
	for k, v := range m {
		if s, ok := k.(string); ok {
			println("string key", s)
		}
		sum += v
	}
	println(sum)

	sh := map[Shape]string{}
	r := &Rect{2, 3}
	sh[Sq{2}] = "sq2"
	sh[r] = "rect"
	sh[Sq{3}] = "sq3"
	println(len(sh), sh[Sq{2}], sh[r], sh[&Rect{2, 3}] == "", sh[nil] == "")
	total := 0
	for s := range sh {
		total += s.Area()
	}
	println(total)

	c := Counter{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	println(c.Get("a"), c.Get("b"), len(c))
	var cm map[string]int = c
	println(cm["a"])

	var e error
	em := map[error]int{e: 1}
	println(em[nil], len(em))
}
