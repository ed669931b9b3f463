// Value: a typed view of a value in memory. A Value always holds the
// address of its value (ptr); values from ValueOf point at the interface's
// copy (or at a fresh word for pointer-shaped types, whose interface data
// word is the value itself), values reached through pointers, slices or
// addressable arrays and structs point into that memory and are addressable.

package reflect

import "unsafe"

type flag uintptr

const (
	flagRO   flag = 1 << iota // reached through an unexported field
	flagAddr                  // addressable (settable unless flagRO)
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError is the panic of a Value method called on the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// The runtime's side (runtime/os_linux_amd64.s): allocation of a typed
// object and the map iteration and lookup calls of compiled code.

//go:linkname unsafe_New reflect.unsafe_New
func unsafe_New(t *rtype) unsafe.Pointer

//go:linkname mapiterinit reflect.mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it unsafe.Pointer)

//go:linkname mapiternext reflect.mapiternext
func mapiternext(it unsafe.Pointer)

//go:linkname mapaccess2 reflect.mapaccess2
func mapaccess2(t *rtype, m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)

// copyMem copies n bytes (words when n is a multiple of 8, so that pointers
// are moved whole).
func copyMem(dst, src unsafe.Pointer, n uintptr) {
	if n%8 == 0 {
		for i := uintptr(0); i < n; i += 8 {
			*(*unsafe.Pointer)(add(dst, i)) = *(*unsafe.Pointer)(add(src, i))
		}
		return
	}
	for i := uintptr(0); i < n; i++ {
		*(*byte)(add(dst, i)) = *(*byte)(add(src, i))
	}
}

// fromInterface makes a Value of the dynamic value in an interface{}.
func fromInterface(t *rtype, word unsafe.Pointer, fl flag) Value {
	if t == nil {
		return Value{}
	}
	if t.kind&kindDirectIface != 0 {
		p := new(unsafe.Pointer)
		*p = word
		return Value{t, unsafe.Pointer(p), fl &^ flagAddr}
	}
	return Value{t, word, fl &^ flagAddr}
}

// ValueOf returns a Value of the dynamic value in i (the zero Value for nil).
func ValueOf(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return fromInterface(e.typ, e.word, 0)
}

// Zero returns the zero value of typ (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafe_New(t), 0}
}

func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// word reads the value as one pointer-sized word.
func (v Value) word() unsafe.Pointer { return *(*unsafe.Pointer)(v.ptr) }

// ifaceParts reads an interface value: its dynamic type and data word.
func (v Value) ifaceParts() (*rtype, unsafe.Pointer) {
	w0 := *(*unsafe.Pointer)(v.ptr)
	w1 := *(*unsafe.Pointer)(add(v.ptr, 8))
	if w0 == nil {
		return nil, nil
	}
	if v.typ.NumMethod() == 0 {
		return (*rtype)(w0), w1
	}
	return *(**rtype)(add(w0, 8)), w1 // itab._type
}

// Interface returns the value as an interface{}.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	if v.kind() == Interface {
		e.typ, e.word = v.ifaceParts()
		return i
	}
	e.typ = v.typ
	switch {
	case v.typ.kind&kindDirectIface != 0:
		e.word = v.word()
	case v.flag&flagAddr != 0:
		// The memory may change later: hand out a copy.
		p := unsafe_New(v.typ)
		copyMem(p, v.ptr, v.typ.size)
		e.word = p
	default:
		e.word = v.ptr
	}
	return i
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	switch v.kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns a string value; for other kinds "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case String:
		return *(*string)(v.ptr)
	case Invalid:
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns a []byte value (a slice of bytes of any byte type).
func (v Value) Bytes() []byte {
	if v.kind() == Slice && v.typ.elem().Kind() == Uint8 {
		return *(*[]byte)(v.ptr)
	}
	if v.kind() == Array && v.typ.elem().Kind() == Uint8 && v.flag&flagAddr != 0 {
		n := v.Len()
		var b []byte
		h := (*sliceHeader)(unsafe.Pointer(&b))
		h.data, h.len, h.cap = v.ptr, n, n
		return b
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return v.word() == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value of its type.
func (v Value) IsZero() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	switch v.kind() {
	case Float32, Float64:
		return v.Float() == 0 && !signbit(v.Float())
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && imag(c) == 0 && !signbit(real(c)) && !signbit(imag(c))
	case String:
		return v.Len() == 0
	}
	for i := uintptr(0); i < v.typ.size; i++ {
		if *(*byte)(add(v.ptr, i)) != 0 {
			return false
		}
	}
	return true
}

func signbit(f float64) bool { return *(*uint64)(unsafe.Pointer(&f))>>63 != 0 }

// Pointer returns the address a pointer-shaped value holds (a func's code).
func (v Value) Pointer() uintptr {
	return uintptr(v.pointer("reflect.Value.Pointer"))
}

// UnsafePointer is Pointer as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	return v.pointer("reflect.Value.UnsafePointer")
}

func (v Value) pointer(method string) unsafe.Pointer {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer, Slice:
		return v.word()
	case Func:
		p := v.word()
		if p != nil {
			p = *(*unsafe.Pointer)(p)
		}
		return p
	}
	panic(&ValueError{method, v.kind()})
}

func (v Value) Len() int {
	switch v.kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case String:
		return (*stringHeader)(v.ptr).len
	case Map, Chan:
		p := v.word()
		if p == nil {
			return 0
		}
		return *(*int)(p) // hmap.count, hchan.qcount
	case Pointer:
		if e := v.typ.elem(); e.Kind() == Array {
			return int((*arrayType)(unsafe.Pointer(e)).len)
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Chan:
		p := v.word()
		if p == nil {
			return 0
		}
		return *(*int)(add(p, 8)) // hchan.dataqsiz
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// Elem returns what an interface holds or what a pointer points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t, w := v.ifaceParts()
		return fromInterface(t, w, v.flag&flagRO)
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem(), p, v.flag&flagRO | flagAddr}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Indirect returns v.Elem() for a pointer, else v.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return len((*structType)(unsafe.Pointer(v.typ)).fields)
}

func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	st := (*structType)(unsafe.Pointer(v.typ))
	if uint(i) >= uint(len(st.fields)) {
		panic("reflect: Field index out of range")
	}
	f := &st.fields[i]
	fl := v.flag
	if !nameExported(f.name) {
		fl |= flagRO
	}
	return Value{f.typ, add(v.ptr, f.offsetAnon>>1), fl}
}

// FieldByName returns the struct field with the given name, or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	st := (*structType)(unsafe.Pointer(v.typ))
	for i := range st.fields {
		if nameOf(st.fields[i].name) == name {
			return v.Field(i)
		}
	}
	return Value{}
}

var uint8Type = TypeOf(uint8(0)).(*rtype)

func (v Value) Index(i int) Value {
	switch v.kind() {
	case Slice:
		h := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		e := v.typ.elem()
		return Value{e, add(h.data, uintptr(i)*e.size), v.flag&flagRO | flagAddr}
	case Array:
		at := (*arrayType)(unsafe.Pointer(v.typ))
		if uint(i) >= uint(at.len) {
			panic("reflect: array index out of range")
		}
		return Value{at.elem, add(v.ptr, uintptr(i)*at.elem.size), v.flag}
	case String:
		h := (*stringHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, add(h.data, uintptr(i)), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// The setters need an addressable value not reached through unexported fields.

func (v Value) mustSet(method string) {
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

func (v Value) SetBool(x bool) {
	v.mustSet("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustSet("reflect.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustSet("reflect.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustSet("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustSet("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// Set assigns x to v; x must have v's type exactly.
func (v Value) Set(x Value) {
	v.mustSet("reflect.Value.Set")
	if x.typ != v.typ {
		panic("reflect.Set: value of type " + x.typ.String() + " is not assignable to type " + v.typ.String())
	}
	copyMem(v.ptr, x.ptr, v.typ.size)
}

// Maps.

// A MapIter walks a map (Value.MapRange).
type MapIter struct {
	m     Value
	it    [12]unsafe.Pointer // the runtime's 96-byte hiter: key at 0, elem at 8
	begun bool
}

// MapRange returns an iterator over the map v.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "reflect.Value.MapRange")
	return &MapIter{m: v}
}

// Next advances to the next entry; false when there are no more.
func (it *MapIter) Next() bool {
	h := it.m.word()
	if h == nil {
		return false
	}
	if !it.begun {
		it.begun = true
		mapiterinit(it.m.typ, h, unsafe.Pointer(&it.it))
	} else {
		if it.it[0] == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(unsafe.Pointer(&it.it))
	}
	return it.it[0] != nil
}

// copyOut returns a Value holding a copy of the t at p.
func copyOut(t *rtype, p unsafe.Pointer, fl flag) Value {
	q := unsafe_New(t)
	copyMem(q, p, t.size)
	return Value{t, q, fl}
}

// Key returns the current entry's key.
func (it *MapIter) Key() Value {
	if !it.begun || it.it[0] == nil {
		panic("MapIter.Key called before Next")
	}
	mt := (*mapType)(unsafe.Pointer(it.m.typ))
	return copyOut(mt.key, it.it[0], it.m.flag&flagRO)
}

// Value returns the current entry's element.
func (it *MapIter) Value() Value {
	if !it.begun || it.it[0] == nil {
		panic("MapIter.Value called before Next")
	}
	mt := (*mapType)(unsafe.Pointer(it.m.typ))
	return copyOut(mt.elem, it.it[1], it.m.flag&flagRO)
}

// MapKeys returns the keys of the map, in no particular order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	var keys []Value
	for it := v.MapRange(); it.Next(); {
		keys = append(keys, it.Key())
	}
	return keys
}

// MapIndex returns the element for key, or the zero Value when it is absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	mt := (*mapType)(unsafe.Pointer(v.typ))
	if key.typ != mt.key {
		panic("reflect.Value.MapIndex: value of type " + key.typ.String() + " is not assignable to type " + mt.key.String())
	}
	h := v.word()
	if h == nil {
		return Value{}
	}
	p, ok := mapaccess2(v.typ, h, key.ptr)
	if !ok {
		return Value{}
	}
	return copyOut(mt.elem, p, v.flag&flagRO)
}
