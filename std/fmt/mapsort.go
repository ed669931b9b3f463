// The order in which fmt prints a map: keys sorted as Go sorts them (numbers
// by value with NaN first, strings bytewise, false before true, pointers and
// channels by address, structs and arrays field by field, interfaces by
// dynamic type and then by value), sorted stably.

package fmt

import "reflect"

// sortedMap returns m's keys in print order and the values that go with them.
func sortedMap(m reflect.Value) (keys, vals []reflect.Value) {
	it := m.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
		vals = append(vals, it.Value())
	}
	n := len(keys)
	if n < 2 {
		return keys, vals
	}
	// Stable merge sort of index order by key.
	idx := make([]int, n)
	tmp := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	for w := 1; w < n; w *= 2 {
		for lo := 0; lo < n; lo += 2 * w {
			mid, hi := lo+w, lo+2*w
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compareKeys(keys[idx[j]], keys[idx[i]]) < 0 {
					tmp[k] = idx[j]
					j++
				} else {
					tmp[k] = idx[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				tmp[k] = idx[i]
				k++
			}
			for ; j < hi; j++ {
				tmp[k] = idx[j]
				k++
			}
		}
		idx, tmp = tmp, idx
	}
	sk := make([]reflect.Value, n)
	sv := make([]reflect.Value, n)
	for i, j := range idx {
		sk[i] = keys[j]
		sv[i] = vals[j]
	}
	return sk, sv
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpFloat orders NaNs before every number and equal to each other.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}

// compareKeys returns -1, 0 or +1 as a sorts before, with or after b.
func compareKeys(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpInt(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpUint(a.Uint(), b.Uint())
	case reflect.String:
		x, y := a.String(), b.String()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case reflect.Float32, reflect.Float64:
		return cmpFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := cmpFloat(real(x), real(y)); c != 0 {
			return c
		}
		return cmpFloat(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmpUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		an, bn := a.IsNil(), b.IsNil()
		switch {
		case an && bn:
			return 0
		case an:
			return -1
		case bn:
			return 1
		}
		ta := reflect.ValueOf(a.Elem().Type())
		tb := reflect.ValueOf(b.Elem().Type())
		if c := compareKeys(ta, tb); c != 0 {
			return c
		}
		return compareKeys(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + a.Type().String())
}
