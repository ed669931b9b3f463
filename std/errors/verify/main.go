// Differential test of gocc/errors against Go's errors (needs real Go: sh std/verify.sh errors).
// Random chains of wrapped errors are built twice, once from each package's New,
// and Is/Unwrap/Error must answer the same way in both worlds.
package main

import (
	real "errors"
	"fmt"
	"math/rand"
	"os"

	ours "gocc/errors"
)

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string {
	if w.err == nil {
		return w.msg
	}
	return w.msg + ": " + w.err.Error()
}
func (w *wrap) Unwrap() error { return w.err }

type valWrap struct{ err error } // comparable value type

func (w valWrap) Error() string { return "v(" + w.err.Error() + ")" }
func (w valWrap) Unwrap() error { return w.err }

type uncmp struct{ s []int } // uncomparable dynamic type

func (u uncmp) Error() string { return "uncmp" }

type isAll struct{ yes bool }

func (i isAll) Error() string        { return "isAll" }
func (i isAll) Is(target error) bool { return i.yes }

type world struct {
	newf   func(string) error
	is     func(error, error) bool
	unwrap func(error) error
}

// build makes the same random chain in one world; seed fixes the shape.
func build(w world, seed int64) (chain []error, target error) {
	r := rand.New(rand.NewSource(seed))
	n := r.Intn(6)
	var e error
	k := r.Intn(4)
	switch k {
	case 0:
		e = w.newf(fmt.Sprint("base", r.Intn(3)))
	case 1:
		e = uncmp{s: []int{1}}
	case 2:
		e = isAll{yes: r.Intn(2) == 0}
	case 3:
		e = nil
	}
	chain = append(chain, e)
	for i := 0; i < n; i++ {
		switch r.Intn(3) {
		case 0:
			e = &wrap{msg: "w", err: e}
		case 1:
			// A comparable struct holding an uncomparable error makes Go's Is
			// panic; ours answers false instead (documented difference).
			if e != nil && k != 1 {
				e = valWrap{e}
			}
		case 2:
			if e != nil {
				e = &wrap{msg: "x", err: e}
			}
		}
		chain = append(chain, e)
	}
	switch r.Intn(5) {
	case 0:
		target = nil
	case 1:
		target = w.newf("base0")
	case 2:
		target = uncmp{s: nil}
	default:
		target = chain[r.Intn(len(chain))]
	}
	return chain, target
}

func main() {
	rw := world{real.New, real.Is, real.Unwrap}
	ow := world{ours.New, ours.Is, ours.Unwrap}
	bad, cases := 0, 0
	check := func(what string, a, b interface{}) {
		cases++
		if a != b {
			bad++
			if bad < 20 {
				fmt.Printf("MISMATCH %s: ours %v, go %v\n", what, a, b)
			}
		}
	}
	for seed := int64(0); seed < 200000; seed++ {
		rc, rt := build(rw, seed)
		oc, ot := build(ow, seed)
		for i := range rc {
			check(fmt.Sprint(seed, " Is ", i), ow.is(oc[i], ot), rw.is(rc[i], rt))
			ru, ou := rw.unwrap(rc[i]), ow.unwrap(oc[i])
			check(fmt.Sprint(seed, " Unwrap nil ", i), ou == nil, ru == nil)
			if rc[i] != nil {
				check(fmt.Sprint(seed, " Error ", i), oc[i].Error(), rc[i].Error())
			}
		}
	}
	a, b := ours.New("same"), ours.New("same")
	check("New distinct", a == b, real.New("same") == real.New("same"))
	check("Is self", ours.Is(a, a), true)
	check("Is nil nil", ours.Is(nil, nil), real.Is(nil, nil))
	check("Is x nil", ours.Is(a, nil), real.Is(real.New("q"), nil))
	asCases(check)
	fmt.Printf("errors: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

type asErr struct{ n int }

func (e asErr) Error() string { return fmt.Sprint("asErr ", e.n) }

type asPtrErr struct{ s string }

func (e *asPtrErr) Error() string { return "asPtrErr " + e.s }

type asClaim struct{}

func (asClaim) Error() string { return "claim" }
func (asClaim) As(t any) bool {
	p, ok := t.(*int)
	if ok {
		*p = 42
	}
	return ok
}
func (asClaim) Timeout() bool { return true }

type timeouter interface{ Timeout() bool }

// asCases runs As on chains built from wrap/valWrap with both packages.
func asCases(check func(string, interface{}, interface{})) {
	chains := []error{
		nil, asErr{1}, &asPtrErr{"p"}, &wrap{"w", asErr{2}}, valWrap{&asPtrErr{"q"}},
		&wrap{"x", &wrap{"y", asClaim{}}}, real.New("plain"), &wrap{"n", nil},
	}
	for i, err := range chains {
		var t1, t2 asErr
		check(fmt.Sprint("As asErr ", i), ours.As(err, &t1), real.As(err, &t2))
		check(fmt.Sprint("As asErr value ", i), t1, t2)
		var p1, p2 *asPtrErr
		check(fmt.Sprint("As *asPtrErr ", i), ours.As(err, &p1), real.As(err, &p2))
		check(fmt.Sprint("As *asPtrErr value ", i), p1, p2)
		var i1, i2 timeouter
		check(fmt.Sprint("As timeouter ", i), ours.As(err, &i1), real.As(err, &i2))
		check(fmt.Sprint("As timeouter value ", i), i1, i2)
		var e1, e2 error
		check(fmt.Sprint("As error ", i), ours.As(err, &e1), real.As(err, &e2))
		check(fmt.Sprint("As error value ", i), e1, e2)
		var a1, a2 any
		check(fmt.Sprint("As any ", i), ours.As(err, &a1), real.As(err, &a2))
		var n1, n2 int
		func() {
			defer func() { recover() }()
			check(fmt.Sprint("As *int ", i), ours.As(err, &n1), real.As(err, &n2))
		}()
	}
	for _, bad := range []any{nil, 5, (*asErr)(nil), new(int)} {
		check(fmt.Sprint("As panic ", bad), panicText(func() { ours.As(asErr{}, bad) }), panicText(func() { real.As(asErr{}, bad) }))
	}
}

func panicText(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return ""
}
