// errors.As: finding the first error in a chain that has a given type.

package errors

// As finds the first error in err's chain (err, Unwrap(err), ...) that can
// be stored in *target (a pointer to an interface type or to a type that
// implements error), stores it and returns true; an error's
// As(any) bool method may also claim the match.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	t := newAsTarget(target)
	for err != nil {
		if t.assign(err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
