//go:build goverify

// As's type work with Go's reflect, for verifying this package with real Go
// only (sh std/verify.sh): the same checks as as_gocc.go.

package errors

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

type asTarget struct {
	val  reflect.Value
	elem reflect.Type
}

func newAsTarget(target any) asTarget {
	val := reflect.ValueOf(target)
	if val.Kind() != reflect.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	elem := val.Type().Elem()
	if elem.Kind() != reflect.Interface && !elem.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	return asTarget{val, elem}
}

func (a asTarget) assign(err error) bool {
	if reflect.TypeOf(err).AssignableTo(a.elem) {
		a.val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
