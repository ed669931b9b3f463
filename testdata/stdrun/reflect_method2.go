// reflect.New, PtrTo/PointerTo, MakeFunc, Value.Call on plain funcs, and
// the panics of wrong calls (Go's messages).
package main

import "reflect"

type T struct {
	A int
	B string
}

func (t T) Get() int { return t.A }

type Big [40]int

func sumBig(b Big, k int) (Big, int) {
	s := 0
	for i := range b {
		s += b[i]
		b[i] *= k
	}
	return b, s
}

func many(a, b, c, d, e, f, g, h, i, j int, s string, x, y float64) (int, string, float64) {
	return a + b + c + d + e + f + g + h + i + j, s + s, x * y
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			println(name, "panic:", s)
		} else if e, ok := r.(error); ok {
			println(name, "panic:", e.Error())
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	tt := reflect.TypeOf(T{})
	p := reflect.New(tt)
	println(p.Type().String(), p.Kind().String(), p.Elem().Type().String(), p.Elem().CanSet())
	p.Elem().Field(0).SetInt(42)
	p.Elem().Field(1).SetString("x")
	tp := p.Interface().(*T)
	println(tp.A, tp.B)
	println(reflect.PtrTo(tt) == p.Type(), reflect.PointerTo(tt).Elem() == tt)
	println(reflect.PtrTo(reflect.TypeOf(0)).String(), reflect.PtrTo(reflect.PtrTo(tt)).String())
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(5)
	println(*ip.Interface().(*int))
	println(reflect.PtrTo(tt).NumMethod(), p.MethodByName("Get").Call(nil)[0].Int())

	// Plain funcs.
	var b Big
	for i := range b {
		b[i] = i
	}
	out := reflect.ValueOf(sumBig).Call([]reflect.Value{reflect.ValueOf(b), reflect.ValueOf(2)})
	nb := out[0].Interface().(Big)
	println(out[1].Int(), nb[39], b[39])
	out = reflect.ValueOf(many).Call([]reflect.Value{
		reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3), reflect.ValueOf(4), reflect.ValueOf(5),
		reflect.ValueOf(6), reflect.ValueOf(7), reflect.ValueOf(8), reflect.ValueOf(9), reflect.ValueOf(10),
		reflect.ValueOf("ab"), reflect.ValueOf(1.5), reflect.ValueOf(4.0)})
	println(out[0].Int(), out[1].String(), out[2].Float())
	ft := reflect.TypeOf(many)
	println(ft.NumIn(), ft.NumOut(), ft.In(10).String(), ft.Out(2).String(), ft.IsVariadic())

	// Interface parameters get converted values.
	show := func(a interface{}, e error) string {
		if e != nil {
			return "err"
		}
		return reflect.TypeOf(a).String()
	}
	println(reflect.ValueOf(show).Call([]reflect.Value{reflect.ValueOf(3.5), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())})[0].String())

	// MakeFunc.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var si func(int, string) (string, int)
	fv := reflect.MakeFunc(reflect.TypeOf(si), swap)
	si = fv.Interface().(func(int, string) (string, int))
	s, i := si(1, "one")
	println(s, i)
	var sb func(Big, Big) (Big, Big)
	sb = reflect.MakeFunc(reflect.TypeOf(sb), swap).Interface().(func(Big, Big) (Big, Big))
	x, y := sb(Big{1}, Big{2})
	println(x[0], y[0])
	vs := reflect.MakeFunc(reflect.TypeOf(func(string, ...int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(len(in[0].String()) + in[1].Len())}
	}).Interface().(func(string, ...int) int)
	println(vs("abc", 1, 2, 3, 4))
	out = fv.Call([]reflect.Value{reflect.ValueOf(9), reflect.ValueOf("nine")})
	println(out[0].String(), out[1].Int())

	// Wrong calls.
	get := reflect.ValueOf(T{}).MethodByName("Get")
	add := reflect.ValueOf(func(a, b int) int { return a + b })
	try("few", func() { add.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("many", func() { add.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)}) })
	try("type", func() { add.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("2")}) })
	try("zero", func() { add.Call([]reflect.Value{reflect.ValueOf(1), {}}) })
	try("method", func() { get.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("slice", func() { add.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("variadic", func() {
		reflect.ValueOf(func(a ...int) {}).Call([]reflect.Value{reflect.ValueOf("x")})
	})
	try("nil", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("notfunc", func() { reflect.ValueOf(1).Call(nil) })
	try("index", func() { reflect.ValueOf(T{}).Method(5) })
	try("tindex", func() { tt.Method(1) })
	try("makefunc", func() { reflect.MakeFunc(tt, swap) })
	try("count", func() {
		reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil }).Call(nil)
	})
	try("numin", func() { tt.NumIn() })
	try("ok", func() { add.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
}
