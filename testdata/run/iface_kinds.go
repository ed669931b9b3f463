package main

type Shower interface{ Show() }

type B bool
type I8 int8
type I16 int16
type I32 int32
type I64 int64
type U8 uint8
type U16 uint16
type U32 uint32
type UP uintptr
type F32 float32
type F64 float64
type S string
type Sl []int
type A3 [3]int
type A1 [1]*int
type A0 [0]int
type St struct {
	x int8
	y string
	z float64
}
type St1 struct{ p *int }
type E struct{}
type P *int
type Fn func(int) int
type Pt struct{ a, b int }

func (v B) Show()   { println("B", bool(v)) }
func (v I8) Show()  { println("I8", v) }
func (v I16) Show() { println("I16", v) }
func (v I32) Show() { println("I32", v) }
func (v I64) Show() { println("I64", v) }
func (v U8) Show()  { println("U8", v) }
func (v U16) Show() { println("U16", v) }
func (v U32) Show() { println("U32", v) }
func (v UP) Show()  { println("UP", v) }
func (v F32) Show() { println("F32", v) }
func (v F64) Show() { println("F64", v) }
func (v S) Show()   { println("S", v, len(v)) }
func (v Sl) Show()  { println("Sl", len(v), cap(v), v[0], v[len(v)-1]) }
func (v A3) Show()  { println("A3", v[0], v[1], v[2]) }
func (v A1) Show()  { println("A1", *v[0]) }
func (v A0) Show()  { println("A0", len(v)) }
func (v St) Show()  { println("St", v.x, v.y, v.z) }
func (v St1) Show() { println("St1", *v.p) }
func (v E) Show()   { println("E") }
func (v Fn) Show()  { println("Fn", v(20)) }
func (v *Pt) Show() { println("Pt", v.a, v.b); v.a++ }

func show(xs ...Shower) {
	for _, x := range xs {
		x.Show()
	}
}

func main() {
	n := 77
	show(B(true), I8(-5), I16(-300), I32(-70000), I64(-1<<40), U8(200), U16(65535), U32(1<<31), UP(12345))
	show(F32(1.5), F64(-2.25), S("hello"), S(""), Sl{1, 2, 3}, Sl(make([]int, 2, 10)))
	show(A3{4, 5, 6}, A1{&n}, A0{}, St{-3, "st", 0.5}, St1{&n}, E{}, Fn(func(x int) int { return x * 3 }))
	p := &Pt{1, 2}
	var s Shower = p
	s.Show()
	s.Show()
	println(p.a)
	// the interface holds a copy of a value
	v := St{1, "a", 2}
	s = v
	v.x = 9
	s.Show()
	arr := A3{1, 2, 3}
	s = arr
	arr[0] = 100
	s.Show()
	// small and large integers
	for i := 250; i < 260; i += 3 {
		var t Shower = I64(i)
		t.Show()
	}
}
