package main

// The error interface: custom error types, errors as values, wrapping by
// hand, comparing sentinel errors, Error() method via value and pointer.

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrapped struct {
	Op  string
	Err error
}

func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

type strErr string

func (s strErr) Error() string { return string(s) }

const ErrEOF = strErr("EOF")

var ErrSentinel error = &Wrapped{"sentinel", ErrEOF}

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, NotFound{k}
}

func unwrapAll(err error) int {
	n := 0
	for err != nil {
		n++
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return n
}

func main() {
	m := map[string]int{"a": 1}
	if v, err := find(m, "a"); err == nil {
		println("found:", v)
	}
	_, err := find(m, "b")
	println("err:", err.Error())
	if nf, ok := err.(NotFound); ok {
		println("key:", nf.Key)
	}
	w := &Wrapped{"read", &Wrapped{"open", ErrEOF}}
	println("wrapped:", w.Error(), "depth:", unwrapAll(w))
	var e error = ErrEOF
	println("sentinel eq:", e == ErrEOF, e == strErr("EOF"), e == ErrSentinel)
	println("ErrSentinel:", ErrSentinel.Error())
	errs := []error{NotFound{"x"}, ErrEOF, w, nil}
	for i, e := range errs {
		if e == nil {
			println(i, "nil")
			continue
		}
		println(i, e.Error())
	}
}
