// Errorf, and the error type it returns when the format wraps an error (%w).

package fmt

import "errors"

// wrapError is an error made by Errorf with %w: its text, and the wrapped
// error that errors.Unwrap returns.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// Errorf formats like Sprintf and returns the text as an error. One %w verb
// takes an error operand, printed as %v, which the result then wraps.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.printf(format, a)
	s := string(p.buf)
	if p.wrappedErr == nil {
		return errors.New(s)
	}
	return &wrapError{msg: s, err: p.wrappedErr}
}
