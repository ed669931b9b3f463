package main

import "errors"

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type always struct{}

func (always) Error() string        { return "always" }
func (always) Is(target error) bool { return true }

var ErrNotFound = errors.New("not found")

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	println(e1.Error(), e1 == e2, e1 == e1)
	w := &wrapped{"open file", ErrNotFound}
	ww := &wrapped{"load config", w}
	println(ww.Error())
	println(errors.Is(ww, ErrNotFound), errors.Is(ww, e1), errors.Is(w, w), errors.Is(ww, w))
	println(errors.Unwrap(ww) == w, errors.Unwrap(w) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	println(errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	println(errors.Is(always{}, e1), errors.Is(&wrapped{"x", always{}}, ErrNotFound))
}
