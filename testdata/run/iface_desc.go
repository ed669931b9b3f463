package main

import "unsafe"

// The fields of Go 1.19's _type that gocc lays out the same way.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	gcdata     *byte
	str        int32
	ptrToThis  int32
}

func typeOf(e interface{}) *rtype { return *(**rtype)(unsafe.Pointer(&e)) }

func word(t *rtype, off uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + off))
}

func u16(t *rtype, off uintptr) uint16 {
	return *(*uint16)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + off))
}

func bits(t *rtype) string {
	s := ""
	for i := uintptr(0); i < t.ptrdata/8; i++ {
		b := *(*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(t.gcdata)) + i/8))
		if b>>(i%8)&1 != 0 {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func describe(what string, e interface{}) *rtype {
	t := typeOf(e)
	println(what, t.size, t.ptrdata, t.tflag&5, t.align, t.fieldAlign, t.kind, t.equal == nil, bits(t))
	return t
}

// name reads a Go name (flags, uvarint length, bytes) at p.
func name(p unsafe.Pointer) (string, bool) {
	b := (*[64]byte)(p)
	n := int(b[1])
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune(b[2+i]))
	}
	return s, b[0]&1 != 0
}

func fields(t *rtype, offs ...uintptr) {
	n := int(uintptr(word(t, 64)))
	arr := word(t, 56)
	for i := 0; i < n; i++ {
		f := unsafe.Pointer(uintptr(arr) + uintptr(24*i))
		nm, exp := name(*(*unsafe.Pointer)(f))
		typ := *(**rtype)(unsafe.Pointer(uintptr(f) + 8))
		off := *(*uintptr)(unsafe.Pointer(uintptr(f) + 16))
		// Go 1.19 keeps the offset plain and the embedded flag in the name;
		// gocc (docs/abi.md §9) keeps offset<<1 | embedded: accept both.
		nflags := *(*byte)(*(*unsafe.Pointer)(f))
		println("  field", nm, exp, typ.size, typ.kind, off>>1 == offs[i] || off == offs[i], off&1 != 0 || nflags&8 != 0)
	}
}

type T struct {
	A int
	b string
}

type Inner struct {
	x int8
	p *int
}

type Big struct {
	a  [3]Inner
	s  []byte
	f  float64
	m  map[string]int
	c  chan int
	fn func()
	T
	*Inner
	_  int
	z  [2]string
}

type Named int

func (Named) M() {}

type Vec [4]float32
type Str string
type Fn func(int, ...string) (bool, error)
type Ch <-chan *T
type Sl []T

type I interface {
	M()
	N(int) string
}

func main() {
	n := 0
	describe("bool", true)
	describe("int8", int8(1))
	describe("uint16", uint16(1))
	describe("int32", int32(1))
	describe("int", 1)
	describe("uintptr", uintptr(1))
	describe("float32", float32(1))
	describe("float64", 1.5)
	describe("string", "s")
	describe("ptr", &n)
	describe("unsafe", unsafe.Pointer(&n))
	describe("slice", []int{})
	describe("named", Named(1))
	describe("vec", Vec{})
	describe("str", Str(""))
	describe("fn", Fn(nil))
	describe("ch", Ch(nil))
	describe("sl", Sl(nil))
	describe("eface", new(interface{}))
	describe("iface", new(I))
	describe("func", func() {})
	describe("emptystruct", struct{}{})
	describe("arr0", [0]*int{})
	describe("arr1", [1]*int{})
	describe("struct1", struct{ p *int }{})
	describe("struct2", struct {
		a int
		p *int
	}{})
	t := describe("T", T{})
	fields(t, 0, 8)
	b := describe("Big", Big{})
	var big Big
	fields(b, 0, unsafe.Offsetof(big.s), unsafe.Offsetof(big.f), unsafe.Offsetof(big.m), unsafe.Offsetof(big.c),
		unsafe.Offsetof(big.fn), unsafe.Offsetof(big.T), unsafe.Offsetof(big.Inner), unsafe.Offsetof(big.Inner)+8,
		unsafe.Offsetof(big.z))
	describe("pad", struct {
		a int8
		b int64
	}{})
	describe("floatstruct", struct{ f float64 }{})
	// (Go marks only an interface's data word in bitmaps; gocc marks both, docs/abi.md §8)
	describe("arrstr", [3]string{})
	describe("arrslice", [2][]int{})

	// kind-specific parts: elements, lengths, directions, signatures
	p := typeOf(&T{})
	println("ptr elem", word(p, 48) == unsafe.Pointer(typeOf(T{})))
	s := typeOf([]Named{})
	println("slice elem", word(s, 48) == unsafe.Pointer(typeOf(Named(0))))
	a := typeOf([5]Str{})
	println("array", word(a, 48) == unsafe.Pointer(typeOf(Str(""))), word(a, 56) == unsafe.Pointer(typeOf([]Str{})), uintptr(word(a, 64)))
	c := typeOf((chan<- int)(nil))
	println("chan", word(c, 48) == unsafe.Pointer(typeOf(0)), uintptr(word(c, 56)))
	c = typeOf((<-chan string)(nil))
	println("chan", word(c, 48) == unsafe.Pointer(typeOf("")), uintptr(word(c, 56)))
	c = typeOf((chan bool)(nil))
	println("chan", word(c, 48) == unsafe.Pointer(typeOf(false)), uintptr(word(c, 56)))
	f := typeOf(func(int, string) bool { return false })
	println("func", u16(f, 48), u16(f, 50), word(f, 56) == unsafe.Pointer(typeOf(0)), word(f, 64) == unsafe.Pointer(typeOf("")), word(f, 72) == unsafe.Pointer(typeOf(false)))
	f = typeOf(func(...int) {})
	println("variadic", u16(f, 48), u16(f, 50), word(f, 56) == unsafe.Pointer(typeOf([]int{})))
	maps := []interface{}{map[string]int(nil), map[float64][200]byte(nil), map[[200]byte]*T(nil),
		map[interface{}]bool(nil), map[T]struct{}(nil), map[int8]Named(nil)}
	for _, m := range maps {
		mt := typeOf(m)
		describe("map", m)
		b := (*[4]byte)(unsafe.Pointer(uintptr(unsafe.Pointer(mt)) + 80))
		println("  ", b[0], b[1], u16(mt, 82), *(*uint32)(unsafe.Pointer(uintptr(unsafe.Pointer(mt)) + 84)))
	}
	println("map key/elem", word(typeOf(map[Str]T(nil)), 48) == unsafe.Pointer(typeOf(Str(""))),
		word(typeOf(map[Str]T(nil)), 56) == unsafe.Pointer(typeOf(T{})))
	// identical types share one descriptor
	println("same", typeOf(struct{ A int }{}) == typeOf(struct{ A int }{1}), typeOf([]*T{}) == typeOf([]*T(nil)))
}
