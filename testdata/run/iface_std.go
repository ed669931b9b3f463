package main

import (
	"errors"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

var ErrNotFound = errors.New("not found")

type wrapErr struct {
	op  string
	err error
}

func (w *wrapErr) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

func find(xs []string, s string) (int, error) {
	for i, x := range xs {
		if x == s {
			return i, nil
		}
	}
	return -1, &wrapErr{"find " + s, ErrNotFound}
}

func main() {
	xs := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLen(xs))
	println(strings.Join(xs, ","))
	sort.Sort(rev{byLen(xs)})
	println(strings.Join(xs, ","))
	sort.Sort(sort.Reverse(byLen(xs)))
	println(strings.Join(xs, ","))
	_, err := find(xs, "zz")
	println(err.Error(), errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	i, err := find(xs, "a")
	println(i, err == nil)
	var sb strings.Builder
	sb.WriteString("built")
	println(sb.String())
}
