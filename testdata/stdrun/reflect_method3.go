// More call shapes through reflect: float32/complex64 results, arguments
// on the stack, direct (pointer-shaped) receivers, embedded pointers,
// big receivers, zero-size receivers, and method values of addressable
// values.
package main

import "reflect"

type F32 float32

func (f F32) Half() float32              { return float32(f) / 2 }
func (f F32) C(x complex64) complex64    { return x * complex(float32(f), 0) }
func (f F32) Mixed(a int, b float32, c int8, d float64, e string) (int8, float32, string, float64) {
	return c + 1, b * 2, e + "?", d + float64(a)
}

type Wide struct{ A, B, C, D, E, F, G, H, I, J int }

func (w Wide) Sum(o Wide) (Wide, int) {
	return Wide{A: w.A + o.A, J: w.J + o.J}, w.A + w.B + w.C + w.D + w.E + w.F + w.G + w.H + w.I + w.J
}

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

type Dict map[string]int

func (d Dict) Get(k string) int { return d[k] }

type Base struct{ N int }

func (b *Base) Bump(k int) int { b.N += k; return b.N }
func (b Base) Show() int        { return b.N }

type Embed struct {
	*Base
	Tag string
}

type Huge [300]int

func (h Huge) Last() int { return h[299] }

type Empty struct{}

func (Empty) Hello(s string) string { return "hello " + s }

type Cnt struct{ V int }

func (c Cnt) Get() int { return c.V }

func main() {
	f := reflect.ValueOf(F32(3))
	println(f.MethodByName("Half").Call(nil)[0].Float())
	c := f.MethodByName("C").Call([]reflect.Value{reflect.ValueOf(complex64(complex(1, 2)))})[0].Complex()
	println(real(c), imag(c))
	r := f.MethodByName("Mixed").Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf(float32(1.25)),
		reflect.ValueOf(int8(-9)), reflect.ValueOf(2.5), reflect.ValueOf("q")})
	println(r[0].Int(), r[1].Float(), r[2].String(), r[3].Float())
	mixed := f.MethodByName("Mixed").Interface().(func(int, float32, int8, float64, string) (int8, float32, string, float64))
	a, b, s, d := mixed(1, 0.5, 127, 1, "z")
	println(a, b, s, d)

	w := Wide{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	r = reflect.ValueOf(w).MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(Wide{A: 100, J: 1000})})
	nw := r[0].Interface().(Wide)
	println(nw.A, nw.J, r[1].Int())
	sum := reflect.ValueOf(w).MethodByName("Sum").Interface().(func(Wide) (Wide, int))
	nw, n := sum(Wide{A: 1})
	println(nw.A, n)

	fn := Fn(func(x int) int { return x * 3 })
	println(reflect.ValueOf(fn).MethodByName("Twice").Call([]reflect.Value{reflect.ValueOf(2)})[0].Int())
	tw, _ := reflect.TypeOf(fn).MethodByName("Twice")
	println(tw.Func.Interface().(func(Fn, int) int)(fn, 1))
	dict := Dict{"k": 7}
	println(reflect.ValueOf(dict).MethodByName("Get").Call([]reflect.Value{reflect.ValueOf("k")})[0].Int())

	e := Embed{&Base{1}, "t"}
	et := reflect.TypeOf(e)
	println(et.NumMethod(), et.Method(0).Name, et.Method(1).Name)
	println(reflect.ValueOf(e).MethodByName("Bump").Call([]reflect.Value{reflect.ValueOf(4)})[0].Int(), e.N)
	println(reflect.ValueOf(e).MethodByName("Show").Call(nil)[0].Int())
	bm, _ := et.MethodByName("Bump")
	println(bm.Func.Call([]reflect.Value{reflect.ValueOf(e), reflect.ValueOf(10)})[0].Int(), e.N)

	var h Huge
	h[299] = 299
	println(reflect.ValueOf(h).Method(0).Call(nil)[0].Int())
	hl, _ := reflect.TypeOf(h).MethodByName("Last")
	println(hl.Func.Call([]reflect.Value{reflect.ValueOf(h)})[0].Int())
	println(reflect.ValueOf(&h).MethodByName("Last").Interface().(func() int)())

	println(reflect.ValueOf(Empty{}).Method(0).Call([]reflect.Value{reflect.ValueOf("you")})[0].String())

	cnt := Cnt{1}
	mv := reflect.ValueOf(&cnt).Elem().MethodByName("Get")
	cnt.V = 2
	println(mv.Call(nil)[0].Int())
	fixed := reflect.ValueOf(cnt).MethodByName("Get")
	cnt.V = 3
	println(fixed.Call(nil)[0].Int())
}
