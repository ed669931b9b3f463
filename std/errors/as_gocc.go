//go:build !goverify

// As's type work under gocc, straight on the compiler's type descriptors
// (docs/abi.md §8-§9), since errors cannot import reflect's complexity here:
// whether err's dynamic type fits *target, and the store. Checking that a
// type implements an interface, and making the itab, is the runtime's
// assertE2I2 (reached through runtime/os_linux_amd64.s).

package errors

import "unsafe"

//go:linkname assertE2I2 errors.assertE2I2
func assertE2I2(inter unsafe.Pointer, t unsafe.Pointer) unsafe.Pointer

const (
	kindOff         = 23 // _type.kind
	elemOff         = 48 // ptrtype.elem
	mhdrLenOff      = 64 // interfacetype.mhdr's length
	kindMask        = 31
	kindDirectIface = 32
	kindInterface   = 20
	kindPtr         = 22
)

type eface struct {
	typ  unsafe.Pointer
	word unsafe.Pointer
}

func at(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + off)
}

func kindOf(t unsafe.Pointer) uint8 { return *(*uint8)(at(t, kindOff)) }

func elemOf(ptrType unsafe.Pointer) unsafe.Pointer { return *(*unsafe.Pointer)(at(ptrType, elemOff)) }

// errorType is the descriptor of the interface type error.
var errorType = func() unsafe.Pointer {
	var p *error
	var x any = p
	return elemOf((*eface)(unsafe.Pointer(&x)).typ)
}()

// asTarget is where As stores: the memory *target and its type.
type asTarget struct {
	dst  unsafe.Pointer
	elem unsafe.Pointer
}

func newAsTarget(target any) asTarget {
	e := (*eface)(unsafe.Pointer(&target))
	if kindOf(e.typ)&kindMask != kindPtr || e.word == nil {
		panic("errors: target must be a non-nil pointer")
	}
	elem := elemOf(e.typ)
	if kindOf(elem)&kindMask != kindInterface && assertE2I2(errorType, elem) == nil {
		panic("errors: *target must be interface or implement error")
	}
	return asTarget{e.word, elem}
}

// assign stores err in *dst when its dynamic type can be assigned there.
func (a asTarget) assign(err error) bool {
	i := (*eface)(unsafe.Pointer(&err))
	t := *(*unsafe.Pointer)(at(i.typ, 8)) // itab._type
	if kindOf(a.elem)&kindMask == kindInterface {
		w := (*eface)(a.dst)
		if *(*int)(at(a.elem, mhdrLenOff)) == 0 {
			w.typ, w.word = t, i.word
			return true
		}
		tab := assertE2I2(a.elem, t)
		if tab == nil {
			return false
		}
		w.typ, w.word = tab, i.word
		return true
	}
	if t != a.elem {
		return false
	}
	if kindOf(t)&kindDirectIface != 0 {
		*(*unsafe.Pointer)(a.dst) = i.word
		return true
	}
	size := *(*uintptr)(t)
	if size%8 == 0 {
		for off := uintptr(0); off < size; off += 8 {
			*(*unsafe.Pointer)(at(a.dst, off)) = *(*unsafe.Pointer)(at(i.word, off))
		}
	} else {
		for off := uintptr(0); off < size; off++ {
			*(*byte)(at(a.dst, off)) = *(*byte)(at(i.word, off))
		}
	}
	return true
}
