// Methods through reflect: Type.Method/MethodByName/NumMethod on concrete,
// pointer and interface types, Value.Method/MethodByName calls with many
// argument and result shapes, promoted methods, method values as funcs.
package main

import "reflect"

type Num int

func (n Num) Add(a, b int) int             { return int(n) + a + b }
func (n Num) Scale(f float64) float64      { return f * float64(n) }
func (n Num) Greet(s string) string        { return s + "!" }
func (n *Num) Inc()                        { *n++ }
func (n Num) Div(a int) (int, int)         { return a / int(n), a % int(n) }
func (n Num) Sum(xs ...int) int {
	t := int(n)
	for _, x := range xs {
		t += x
	}
	return t
}
func (n Num) hidden() int { return 0 }

type Pt struct {
	X, Y int
	Name string
}

func (p Pt) Move(d Pt) Pt          { return Pt{p.X + d.X, p.Y + d.Y, p.Name + d.Name} }
func (p Pt) Parts() []int          { return []int{p.X, p.Y} }
func (p *Pt) SetName(s string)     { p.Name = s }
func (p Pt) Mix(a int8, b float32, c uint16, d bool, e complex128) (float64, string) {
	if d {
		return float64(a) + float64(b) + float64(c) + real(e) + imag(e), p.Name
	}
	return 0, "no"
}

type Outer struct {
	Pt
	Z int
}

type Shape interface {
	Area() float64
	Name() string
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }
func (s Sq) Name() string  { return "sq" }

type Holder struct{ S Shape }

func ints(vs []reflect.Value) {
	for _, v := range vs {
		print(" ", v.Int())
	}
	println()
}

func main() {
	var n Num = 7
	t := reflect.TypeOf(n)
	pt := reflect.TypeOf(&n)
	println("NumMethod", t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		println(i, m.Name, m.Type.String(), m.Index, m.IsExported())
	}
	m, ok := t.MethodByName("Greet")
	println("Greet", ok, m.Index, m.Type.String())
	_, ok = t.MethodByName("hidden")
	println("hidden", ok)
	_, ok = t.MethodByName("Inc")
	println("Inc on T", ok)

	v := reflect.ValueOf(n)
	ints(v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}))
	println(v.MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(1.5)})[0].Float())
	println(v.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("hi")})[0].String())
	ints(v.MethodByName("Div").Call([]reflect.Value{reflect.ValueOf(23)}))
	ints(v.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)}))
	ints(v.MethodByName("Sum").Call(nil))
	ints(v.MethodByName("Sum").CallSlice([]reflect.Value{reflect.ValueOf([]int{10, 20})}))
	println(v.MethodByName("Add").Type().String(), v.MethodByName("Add").Kind().String())
	println(v.MethodByName("Nope").IsValid())

	// Type.Method(i).Func takes the receiver first.
	r := m.Func.Call([]reflect.Value{reflect.ValueOf(Num(1)), reflect.ValueOf("x")})
	println(r[0].String())
	add := t.Method(0).Func.Interface().(func(Num, int, int) int)
	println(add(100, 1, 2))

	// Pointer receivers change the variable.
	pv := reflect.ValueOf(&n)
	pv.MethodByName("Inc").Call(nil)
	pv.MethodByName("Inc").Call(nil)
	println("n", n)
	inc := pv.MethodByName("Inc").Interface().(func())
	inc()
	println("n", n)
	pm, _ := pt.MethodByName("Inc")
	pm.Func.Call([]reflect.Value{pv})
	println("n", n)

	// Structs, slices, narrow ints, float32, complex, bools.
	p := Pt{1, 2, "a"}
	out := reflect.ValueOf(p).MethodByName("Move").Call([]reflect.Value{reflect.ValueOf(Pt{10, 20, "b"})})
	q := out[0].Interface().(Pt)
	println(q.X, q.Y, q.Name)

	parts := reflect.ValueOf(p).MethodByName("Parts").Call(nil)[0]
	println(parts.Len(), parts.Index(0).Int(), parts.Index(1).Int())
	res := reflect.ValueOf(p).MethodByName("Mix").Call([]reflect.Value{
		reflect.ValueOf(int8(-3)), reflect.ValueOf(float32(0.5)), reflect.ValueOf(uint16(65535)),
		reflect.ValueOf(true), reflect.ValueOf(complex(1, 2))})
	println(res[0].Float(), res[1].String())
	reflect.ValueOf(&p).MethodByName("SetName").Call([]reflect.Value{reflect.ValueOf("zed")})
	println(p.Name)

	// Promoted methods.
	o := Outer{Pt{3, 4, "o"}, 5}
	ot := reflect.TypeOf(o)
	println("Outer", ot.NumMethod(), reflect.TypeOf(&o).NumMethod())
	for i := 0; i < ot.NumMethod(); i++ {
		println(" ", ot.Method(i).Name, ot.Method(i).Type.String())
	}
	parts = reflect.ValueOf(o).MethodByName("Parts").Call(nil)[0]
	println(parts.Index(0).Int(), parts.Index(1).Int())
	om, _ := ot.MethodByName("Parts")
	parts = om.Func.Call([]reflect.Value{reflect.ValueOf(o)})[0]
	println(parts.Index(1).Int())
	reflect.ValueOf(&o).MethodByName("SetName").Call([]reflect.Value{reflect.ValueOf("pro")})
	println(o.Name)

	// Interfaces: the interface type's methods, and calls through an interface value.
	st := reflect.TypeOf((*Shape)(nil)).Elem()
	println("Shape", st.NumMethod(), st.Method(0).Name, st.Method(0).Type.String(), st.Method(1).Name)
	sm, ok := st.MethodByName("Name")
	println(sm.Index, ok, sm.Func.IsValid())
	println(reflect.TypeOf(Sq(1)).Implements(st), reflect.TypeOf(p).Implements(st))
	h := Holder{Sq(3)}
	iv := reflect.ValueOf(h).Field(0)
	println(iv.Kind().String(), iv.NumMethod())
	println(iv.Method(0).Call(nil)[0].Float(), iv.MethodByName("Name").Call(nil)[0].String())
	area := iv.Method(0).Interface().(func() float64)
	println(area())
	println(reflect.TypeOf((*interface{})(nil)).Elem().NumMethod())
}
