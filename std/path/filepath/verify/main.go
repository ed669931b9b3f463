// Differential test of gocc/path/filepath against Go's (needs real Go:
// sh std/verify.sh path/filepath): Rel, SplitList and the wrappers of
// package path on random paths.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"

	ours "gocc/path/filepath"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%q", fmt.Sprint(a)), fmt.Sprintf("%q", fmt.Sprint(b))
	if x != y {
		bad++
		if bad < 30 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

func random(r *rand.Rand, alphabet []string, n int) string {
	s := ""
	for k := r.Intn(n + 1); k > 0; k-- {
		s += alphabet[r.Intn(len(alphabet))]
	}
	return s
}

func main() {
	r := rand.New(rand.NewSource(1))
	parts := []string{"/", "/", ".", "..", "a", "b", "a/", "b/", "../", "c.d", ":"}
	for i := 0; i < 200000; i++ {
		p, q := random(r, parts, 7), random(r, parts, 7)
		if r.Intn(2) == 0 {
			q = p + "/" + q
		}
		a1, e1 := ours.Rel(p, q)
		a2, e2 := filepath.Rel(p, q)
		check(fmt.Sprintf("Rel %q %q", p, q), fmt.Sprint(a1, e1), fmt.Sprint(a2, e2))
		check("SplitList "+p, fmt.Sprintf("%q", ours.SplitList(p)), fmt.Sprintf("%q", filepath.SplitList(p)))
		check("Clean "+p, ours.Clean(p), filepath.Clean(p))
		check("Join "+p, ours.Join(p, q), filepath.Join(p, q))
		d1, f1 := ours.Split(p)
		d2, f2 := filepath.Split(p)
		check("Split "+p, d1+"|"+f1, d2+"|"+f2)
		check("Base Dir Ext IsAbs "+p, fmt.Sprint(ours.Base(p), ours.Dir(p), ours.Ext(p), ours.IsAbs(p)),
			fmt.Sprint(filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p)))
		check("slashes "+p, ours.ToSlash(p)+ours.FromSlash(p)+ours.VolumeName(p), filepath.ToSlash(p)+filepath.FromSlash(p)+filepath.VolumeName(p))
		m1, e3 := ours.Match("*/[a-c]", p)
		m2, e4 := filepath.Match("*/[a-c]", p)
		check("Match "+p, fmt.Sprint(m1, e3), fmt.Sprint(m2, e4))
	}
	_, e5 := ours.Match("[", "x")
	check("ErrBadPattern", e5 == ours.ErrBadPattern, true)
	check("seps", string(ours.Separator)+string(ours.ListSeparator), string(filepath.Separator)+string(filepath.ListSeparator))
	fmt.Printf("path/filepath: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
