// Package errors creates error values and inspects chains of wrapped errors.
//
// gocc's version of Go's errors package: New, Is, As and Unwrap.
package errors

// errorString is the error New returns: a distinct pointer for every call, so two
// errors made with the same text are still different values.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text.
func New(text string) error {
	return &errorString{s: text}
}

// Unwrap returns what err's Unwrap method returns, or nil when err has no
// Unwrap() error method.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is walks err, Unwrap(err), Unwrap(Unwrap(err)), ... and reports whether any
// of them equals target or has an Is(error) bool method that says so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for err != nil {
		if sameError(err, target) {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// sameError is err == target, except that two values of one dynamic type that
// cannot be compared (a struct holding a slice, say) count as different instead
// of panicking. Go decides this by asking reflect whether target's type is
// comparable; without reflect we let the comparison try and catch its panic.
func sameError(err, target error) bool {
	same := false
	compareErrors(err, target, &same)
	return same
}

// compareErrors sets *same to err == target unless the comparison panics.
func compareErrors(err, target error, same *bool) {
	defer func() {
		recover()
	}()
	*same = err == target
}
