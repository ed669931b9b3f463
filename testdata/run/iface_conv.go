package main

type Valuer interface{ Val() int }
type Both interface {
	Valuer
	Name() string
}

type K int

func (k K) Val() int       { return int(k) }
func (k K) Name() string   { return "K" }
func (k *K) Ptr() int      { return int(*k) + 1000 }

type Box struct {
	v    Valuer
	list []Valuer
	e    interface{}
}

var global Valuer = K(5)
var globals = []Valuer{K(1), K(2)}

func ret() Valuer       { return K(9) }
func ret2() (Valuer, int) { return K(10), 3 }
func retBoth() Both     { return K(11) }
func widen(b Both) Valuer { return b }

func sum(vs ...Valuer) int {
	t := 0
	for _, v := range vs {
		t += v.Val()
	}
	return t
}

type PV interface{ Ptr() int }

func main() {
	println(global.Val(), globals[1].Val())
	b := Box{v: K(3), list: []Valuer{K(4), K(5)}}
	println(b.v.Val(), b.list[0].Val(), b.list[1].Val())
	b.v = K(6)
	b.list[0] = retBoth()
	println(b.v.Val(), b.list[0].Val())
	v, n := ret2()
	println(ret().Val(), v.Val(), n)
	println(widen(K(12)).Val())
	var both Both = K(13)
	var val Valuer = both
	println(val.Val(), both.Name())
	println(sum(K(1), K(2), both, val))
	println(sum(b.list...))
	m := [2]Valuer{K(7), both}
	println(m[0].Val() + m[1].Val())
	k := K(20)
	var pv PV = &k
	k = 30
	println(pv.Ptr())
	var e interface{}
	println(e)
	var vv Valuer
	println(vv)
	var bb Both
	val = bb
	println(val)
	e = val
	println(e)
	e = bb
	println(e)
	globals = append(globals, K(3), both)
	println(len(globals), sum(globals...))
	x := struct {
		a int
		v Valuer
	}{1, K(40)}
	println(x.v.Val())
	func(vs ...interface{}) { println(len(vs)) }(1, "a", 2.5, nil, x)
}
