// Methods, func types and pointer types: Type.Method/MethodByName,
// Value.Method/MethodByName, In/Out, New and PointerTo. The method tables
// are docs/abi.md §9's uncommontype; gocc's descriptors with tflagExtra
// also hold, in the 8 bytes before the methods, the *T descriptor, and
// after the methods one func type per exported method with the receiver
// as first parameter (compiler/typedesc_methods.c).

package reflect

import (
	"sync"
	"unsafe"
)

const tflagExtra = 0x80

// method is one entry of an uncommontype's method table.
type method struct {
	name *byte
	mtyp *rtype          // func type without the receiver
	ifn  unsafe.Pointer  // code taking the interface data word as receiver
	tfn  unsafe.Pointer  // code taking the receiver itself
}

// Method is a method of a type (Type.Method) or a value (Value.Method).
type Method struct {
	Name    string
	PkgPath string
	Type    Type  // func type, receiver first (none for interface types)
	Func    Value // the func with the receiver as first argument
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// methods returns the whole method table (exported and unexported).
func (t *rtype) methods() []method {
	u := t.uncommon()
	if u == nil || u.mcount == 0 {
		return nil
	}
	var ms []method
	h := (*sliceHeader)(unsafe.Pointer(&ms))
	h.data = add(unsafe.Pointer(u), uintptr(u.moff))
	h.len = int(u.mcount)
	h.cap = h.len
	return ms
}

// exported returns the index in methods() of the i-th exported method, -1 if none.
func (t *rtype) exported(i int) int {
	ms := t.methods()
	for j := range ms {
		if nameExported(ms[j].name) {
			if i == 0 {
				return j
			}
			i--
		}
	}
	return -1
}

// methodFuncType returns the func type (receiver first) of method j, or nil.
func (t *rtype) methodFuncType(j int) *rtype {
	u := t.uncommon()
	if t.tflag&tflagExtra == 0 || u == nil {
		return nil
	}
	p := add(unsafe.Pointer(u), uintptr(u.moff)+unsafe.Sizeof(method{})*uintptr(u.mcount)+8*uintptr(j))
	return *(**rtype)(p)
}

func (t *rtype) interfaceMethods() []imethod {
	return (*interfaceType)(unsafe.Pointer(t)).methods
}

func (t *rtype) Method(i int) Method {
	if t.Kind() == Interface {
		ms := t.interfaceMethods()
		if uint(i) >= uint(len(ms)) {
			panic("reflect: Method index out of range")
		}
		m := Method{Name: nameOf(ms[i].name), Type: toType(ms[i].typ), Index: i}
		if !nameExported(ms[i].name) {
			m.PkgPath = nameOf((*interfaceType)(unsafe.Pointer(t)).pkgPath)
		}
		return m
	}
	j := t.exported(i)
	if j < 0 {
		panic("reflect: Method index out of range")
	}
	m := &t.methods()[j]
	ft := t.methodFuncType(j)
	if ft == nil {
		panic("reflect: Method of " + t.String() + ": the descriptor has no func type (not supported)")
	}
	var fn Value
	if m.tfn == nil {
		fn = unsupportedFunc(ft, "method "+t.String()+"."+nameOf(m.name)+" (too many result words)")
	} else {
		fv := new(unsafe.Pointer) // a funcval without captured variables
		*fv = m.tfn
		fn = funcValue(ft, unsafe.Pointer(fv))
	}
	return Method{Name: nameOf(m.name), Type: ft, Func: fn, Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	if t.Kind() == Interface {
		ms := t.interfaceMethods()
		for i := range ms {
			if nameOf(ms[i].name) == name {
				return t.Method(i), true
			}
		}
		return Method{}, false
	}
	ms := t.methods()
	i := 0
	for j := range ms {
		if !nameExported(ms[j].name) {
			continue
		}
		if nameOf(ms[j].name) == name {
			return t.Method(i), true
		}
		i++
	}
	return Method{}, false
}

// funcValue makes a Value of func type ft holding the funcval fv.
func funcValue(ft *rtype, fv unsafe.Pointer) Value {
	cell := new(unsafe.Pointer)
	*cell = fv
	return Value{ft, unsafe.Pointer(cell), 0}
}

// Func types: inCount, outCount (top bit: variadic), then the parameter
// and result types after the uncommontype, if any.

type funcType struct {
	rtype
	inCount  uint16
	outCount uint16
	_        uint32
}

func (t *rtype) funcType(op string) *funcType {
	if t.Kind() != Func {
		panic("reflect: " + op + " of non-func type " + t.String())
	}
	return (*funcType)(unsafe.Pointer(t))
}

func (t *funcType) params() []*rtype {
	off := unsafe.Sizeof(funcType{})
	if t.tflag&tflagUncommon != 0 {
		off += unsafe.Sizeof(uncommonType{})
	}
	n := int(t.inCount) + int(t.outCount&0x7fff)
	var ps []*rtype
	h := (*sliceHeader)(unsafe.Pointer(&ps))
	h.data = add(unsafe.Pointer(t), off)
	h.len, h.cap = n, n
	return ps
}

func (t *funcType) in() []*rtype  { return t.params()[:t.inCount] }
func (t *funcType) out() []*rtype { return t.params()[t.inCount:] }

func (t *rtype) NumIn() int  { return int(t.funcType("NumIn").inCount) }
func (t *rtype) NumOut() int { return int(t.funcType("NumOut").outCount & 0x7fff) }
func (t *rtype) IsVariadic() bool {
	return t.funcType("IsVariadic").outCount&0x8000 != 0
}

func (t *rtype) In(i int) Type {
	return toType(t.funcType("In").in()[i])
}

func (t *rtype) Out(i int) Type {
	return toType(t.funcType("Out").out()[i])
}

// Value.Method: a func value that calls the method with v as receiver.

// NumMethod returns the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns v's i-th method bound to v, as a func value.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.kind() == Interface {
		ms := v.typ.interfaceMethods()
		if uint(i) >= uint(len(ms)) {
			panic("reflect: Method index out of range")
		}
		if !nameExported(ms[i].name) {
			panic("reflect: Method of unexported method")
		}
		tab := *(*unsafe.Pointer)(v.ptr)
		if tab == nil {
			panic("reflect: Method on nil interface value")
		}
		fn := *(*unsafe.Pointer)(add(tab, 24+8*uintptr(i))) // itab.fun[i]
		return methodValue(ms[i].typ, fn, *(*unsafe.Pointer)(add(v.ptr, 8)), v.flag&flagRO)
	}
	j := v.typ.exported(i)
	if j < 0 {
		panic("reflect: Method index out of range")
	}
	m := &v.typ.methods()[j]
	if m.ifn == nil {
		return unsupportedFunc(m.mtyp, "method "+v.typ.String()+"."+nameOf(m.name)+" (too many result words)")
	}
	// The receiver as an interface's data word: the value itself for
	// pointer-shaped types, else its address (the method reads it there).
	word := v.ptr
	if v.typ.kind&kindDirectIface != 0 {
		word = v.word()
	}
	return methodValue(m.mtyp, m.ifn, word, v.flag&flagRO)
}

// MethodByName returns the method of v with that name, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.kind() == Interface {
		ms := v.typ.interfaceMethods()
		for i := range ms {
			if nameOf(ms[i].name) == name {
				return v.Method(i)
			}
		}
		return Value{}
	}
	m, ok := v.typ.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// Pointer types.

// New returns a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	p := unsafe_New(t)
	cell := new(unsafe.Pointer)
	*cell = p
	return Value{ptrTo(t), unsafe.Pointer(cell), 0}
}

// PtrTo returns the type *t.
func PtrTo(t Type) Type { return ptrTo(t.common()) }

// PointerTo returns the type *t.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

var (
	ptrMu    sync.Mutex
	ptrCache map[*rtype]*rtype
)

// ptrTo returns the descriptor of *t: the compiler's (the ptrToThis of
// tflagExtra descriptors: every type but pointers and unnamed funcs, after
// the methods or, without uncommontype, after the kind part), else
// one made here once per t. A made one is a different descriptor from a
// compiler-written one for the same type (say **T), so a type assertion in
// compiled code does not match it.
func ptrTo(t *rtype) *rtype {
	if t.tflag&tflagExtra != 0 && t.Kind() != Pointer {
		var p *rtype
		if u := t.uncommon(); u != nil {
			p = *(**rtype)(add(unsafe.Pointer(u), uintptr(u.moff)-8))
		} else if t.Kind() != Func {
			p = *(**rtype)(unsafe.Pointer(t.kindEnd())) // no uncommontype: right after the kind part
		}
		if p != nil {
			return p
		}
	}
	ptrMu.Lock()
	defer ptrMu.Unlock()
	if p, ok := ptrCache[t]; ok {
		return p
	}
	if ptrCache == nil {
		ptrCache = map[*rtype]*rtype{}
	}
	var proto *int
	pt := new(ptrType)
	pt.rtype = *TypeOf(proto).(*rtype)
	pt.tflag = 0
	pt.hash = t.hash*16777619 ^ '*'
	pt.name = makeName("*" + t.String())
	pt.elem = t
	ptrCache[t] = &pt.rtype
	return &pt.rtype
}

// makeName encodes s in Go's name format (flags 0, uvarint length, bytes).
func makeName(s string) *byte {
	b := []byte{0}
	n := len(s)
	for n >= 0x80 {
		b = append(b, byte(n)|0x80)
		n >>= 7
	}
	b = append(b, byte(n))
	b = append(b, s...)
	return &b[0]
}
