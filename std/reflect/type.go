// Package reflect inspects values and types at run time.
//
// gocc's reflect: a small subset of Go's API (what fmt needs, and the common
// read-only uses), reading the type descriptors gocc's compiler emits
// (docs/abi.md §8-§9: Go 1.19's _type layout with a name pointer at offset
// 40, and pointers where Go has offsets in the kind-specific parts). This file
// holds Kind, Type and the descriptor layouts; value.go holds Value;
// method.go methods, func types and pointer types; call.go and
// asm_amd64.s calls (Value.Call, MakeFunc, method values).
package reflect

import "unsafe"

// A Kind is the basic category of a type.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// Type describes a Go type. Only *rtype implements it.
type Type interface {
	Align() int
	FieldAlign() int
	Size() uintptr
	String() string
	Name() string
	PkgPath() string
	Kind() Kind
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumIn() int
	NumOut() int
	In(i int) Type
	Out(i int) Type
	IsVariadic() bool
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	common() *rtype
}

// The descriptor layouts (docs/abi.md §8-§9).

const (
	kindDirectIface = 32
	kindMask        = 31
	tflagUncommon   = 1
	tflagNamed      = 4
)

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
	name       *byte
}

type ptrType struct {
	rtype
	elem *rtype
}

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype
	len   uintptr
}

type chanType struct {
	rtype
	elem *rtype
	dir  uintptr
}

type structField struct {
	name       *byte
	typ        *rtype
	offsetAnon uintptr
}

type structType struct {
	rtype
	pkgPath *byte
	fields  []structField
}

type imethod struct {
	name *byte
	typ  *rtype
}

type interfaceType struct {
	rtype
	pkgPath *byte
	methods []imethod
}

type mapType struct {
	rtype
	key    *rtype
	elem   *rtype
	bucket *rtype
	hasher unsafe.Pointer
	keysz  uint8
	elemsz uint8
	bucksz uint16
	flags  uint32
}

type uncommonType struct {
	pkgPath *byte
	mcount  uint16
	xcount  uint16
	moff    uint32
}

// stringHeader is a string's two words.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// sliceHeader is a slice's three words.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func add(p unsafe.Pointer, n uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + n)
}

// bytesAt returns the n bytes at p as a string (no copy: descriptors are
// read-only data).
func bytesAt(p unsafe.Pointer, n int) string {
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = p
	h.len = n
	return s
}

// uvarint reads an unsigned varint at p; it returns the value and its size.
func uvarint(p unsafe.Pointer) (int, uintptr) {
	v, shift := 0, uint(0)
	for i := uintptr(0); ; i++ {
		b := *(*byte)(add(p, i))
		v |= int(b&0x7f) << shift
		if b < 0x80 {
			return v, i + 1
		}
		shift += 7
	}
}

// A name in Go's encoding: flags (1 exported, 2 tag follows), uvarint
// length, bytes, [uvarint tag length, tag bytes].
func nameOf(p *byte) string {
	if p == nil {
		return ""
	}
	n, w := uvarint(add(unsafe.Pointer(p), 1))
	return bytesAt(add(unsafe.Pointer(p), 1+w), n)
}

func nameExported(p *byte) bool {
	return p != nil && *p&1 != 0
}

func nameTag(p *byte) string {
	if p == nil || *p&2 == 0 {
		return ""
	}
	n, w := uvarint(add(unsafe.Pointer(p), 1))
	q := add(unsafe.Pointer(p), 1+w+uintptr(n))
	tn, tw := uvarint(q)
	return bytesAt(add(q, tw), tn)
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

func (t *rtype) String() string { return nameOf(t.name) }

func (t *rtype) Comparable() bool { return t.equal != nil }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

// split returns the package part and the name part of a defined type's
// string ("main.T" -> "main", "T").
func (t *rtype) split() (string, string) {
	s := t.String()
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[:i], s[i+1:]
		}
	}
	return "", s
}

func (t *rtype) named() bool {
	if t.tflag&tflagNamed != 0 {
		return true
	}
	// Predeclared types are named even if the compiler leaves the flag off.
	k := t.Kind()
	return (k >= Bool && k <= Complex128 || k == String || k == UnsafePointer) && t.String() == k.String()
}

func (t *rtype) Name() string {
	if !t.named() {
		return ""
	}
	_, n := t.split()
	return n
}

func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	if u := t.uncommon(); u != nil && u.pkgPath != nil {
		return nameOf(u.pkgPath)
	}
	p, _ := t.split()
	return p
}

// uncommon returns the method table header after the kind-specific part.
func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(t.kindEnd())
}

// kindEnd returns the address after the kind-specific part.
func (t *rtype) kindEnd() unsafe.Pointer {
	var off uintptr
	switch t.Kind() {
	case Pointer, Slice:
		off = unsafe.Sizeof(ptrType{})
	case Array:
		off = unsafe.Sizeof(arrayType{})
	case Chan:
		off = unsafe.Sizeof(chanType{})
	case Func:
		off = unsafe.Sizeof(rtype{}) + 8
	case Interface:
		off = unsafe.Sizeof(interfaceType{})
	case Map:
		off = unsafe.Sizeof(mapType{})
	case Struct:
		off = unsafe.Sizeof(structType{})
	default:
		off = unsafe.Sizeof(rtype{})
	}
	return add(unsafe.Pointer(t), off)
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return len((*interfaceType)(unsafe.Pointer(t)).methods)
	}
	if u := t.uncommon(); u != nil {
		return int(u.xcount)
	}
	return 0
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array:
		return toType((*arrayType)(unsafe.Pointer(t)).elem)
	case Chan:
		return toType((*chanType)(unsafe.Pointer(t)).elem)
	case Map:
		return toType((*mapType)(unsafe.Pointer(t)).elem)
	case Pointer, Slice:
		return toType((*ptrType)(unsafe.Pointer(t)).elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// elem is Elem without the interface.
func (t *rtype) elem() *rtype {
	switch t.Kind() {
	case Array:
		return (*arrayType)(unsafe.Pointer(t)).elem
	case Chan:
		return (*chanType)(unsafe.Pointer(t)).elem
	case Map:
		return (*mapType)(unsafe.Pointer(t)).elem
	case Pointer, Slice:
		return (*ptrType)(unsafe.Pointer(t)).elem
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

func (t *rtype) structType() *structType {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	return (*structType)(unsafe.Pointer(t))
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return len(t.structType().fields)
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	st := t.structType()
	if i < 0 || i >= len(st.fields) {
		panic("reflect: Field index out of bounds")
	}
	f := &st.fields[i]
	sf := StructField{
		Name:      nameOf(f.name),
		Type:      toType(f.typ),
		Tag:       StructTag(nameTag(f.name)),
		Offset:    f.offsetAnon >> 1,
		Index:     []int{i},
		Anonymous: f.offsetAnon&1 != 0,
	}
	if !nameExported(f.name) {
		sf.PkgPath = nameOf(st.pkgPath)
	}
	return sf
}

// FieldByName finds a field of the struct itself (embedded structs are not searched).
func (t *rtype) FieldByName(name string) (StructField, bool) {
	st := t.structType()
	for i := range st.fields {
		if nameOf(st.fields[i].name) == name {
			return t.Field(i), true
		}
	}
	return StructField{}, false
}

// toType returns t as a Type, nil for a nil t.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// emptyInterface is the layout of an interface{} value.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

// A StructTag is the tag string of a struct field.
type StructTag string

// Get returns the value for key in the tag (`key:"value" other:"x"`).
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value for key in the tag and whether it was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		quoted := s[:i+1]
		s = s[i+1:]
		if name == key {
			return unquote(quoted), true
		}
	}
	return "", false
}

// unquote removes the quotes of a tag value and its \" and \\ escapes.
func unquote(q string) string {
	q = q[1 : len(q)-1]
	b := make([]byte, 0, len(q))
	for i := 0; i < len(q); i++ {
		if q[i] == '\\' && i+1 < len(q) {
			i++
			switch q[i] {
			case 'n':
				b = append(b, '\n')
				continue
			case 't':
				b = append(b, '\t')
				continue
			}
		}
		b = append(b, q[i])
	}
	return string(b)
}

// StringHeader is the run-time layout of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the run-time layout of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
