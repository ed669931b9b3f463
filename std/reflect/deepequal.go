// DeepEqual: recursive equality of values, as Go defines it ("deeply equal").

package reflect

import "unsafe"

// visit records a comparison in progress, so that cyclic values end.
type visit struct {
	a1, a2 unsafe.Pointer
	typ    *rtype
}

// DeepEqual reports whether x and y are deeply equal: same types, and equal
// element by element, field by field, through pointers, maps and interfaces;
// funcs only when both are nil; NaN is never equal to itself.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepEqual(v1, v2, make(map[visit]bool))
}

// cycleKey returns the addresses that identify a comparison of v1 and v2
// that can recur (through pointers, maps, slices or interfaces).
func cycleKey(v1, v2 Value) (visit, bool) {
	var a1, a2 unsafe.Pointer
	switch v1.kind() {
	case Pointer, Map:
		a1, a2 = v1.word(), v2.word()
	case Slice, Interface:
		if v1.word() == nil || v2.word() == nil {
			return visit{}, false
		}
		a1, a2 = v1.ptr, v2.ptr
	default:
		return visit{}, false
	}
	if a1 == nil || a2 == nil {
		return visit{}, false
	}
	if uintptr(a1) > uintptr(a2) {
		a1, a2 = a2, a1
	}
	return visit{a1, a2, v1.typ}, true
}

func deepEqual(v1, v2 Value, seen map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if k, ok := cycleKey(v1, v2); ok {
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	switch v1.kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepEqual(v1.Index(i), v2.Index(i), seen) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepEqual(v1.Index(i), v2.Index(i), seen) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepEqual(v1.Elem(), v2.Elem(), seen)
	case Pointer:
		if v1.word() == v2.word() {
			return true
		}
		return deepEqual(v1.Elem(), v2.Elem(), seen)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepEqual(v1.Field(i), v2.Field(i), seen) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepEqual(e1, e2, seen) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	// Chan and UnsafePointer: the same channel or address.
	return v1.word() == v2.word()
}
