// Differential test of gocc/path against Go's path (needs real Go:
// sh std/verify.sh path): Clean, Split, Join, Ext, Base, IsAbs, Dir on
// random paths, and Match on random patterns (including malformed ones,
// whose errors must agree) against random names.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"path"

	ours "gocc/path"
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
	parts := []string{"/", "/", ".", "..", "a", "b", "c.d", ".e", "x", "é"}
	for i := 0; i < 100000; i++ {
		p := random(r, parts, 8)
		q := random(r, parts, 4)
		check("Clean "+p, ours.Clean(p), path.Clean(p))
		d1, f1 := ours.Split(p)
		d2, f2 := path.Split(p)
		check("Split "+p, d1+"|"+f1, d2+"|"+f2)
		check("Join "+p+" "+q, ours.Join(p, q, "", q), path.Join(p, q, "", q))
		check("Join1 "+p, ours.Join(p), path.Join(p))
		check("Ext "+p, ours.Ext(p), path.Ext(p))
		check("Base "+p, ours.Base(p), path.Base(p))
		check("IsAbs "+p, ours.IsAbs(p), path.IsAbs(p))
		check("Dir "+p, ours.Dir(p), path.Dir(p))
	}
	check("Join none", ours.Join(), path.Join())
	check("Join empty", ours.Join("", ""), path.Join("", ""))
	pat := []string{"a", "b", "/", "*", "*", "?", "[", "]", "^", "-", "\\", "é", "[a-c]", "[^b]", "\\*", "\xff"}
	names := []string{"a", "b", "c", "/", "*", "é", "-", "^", "]", "\xff"}
	for i := 0; i < 300000; i++ {
		p := random(r, pat, 6)
		n := random(r, names, 6)
		m1, e1 := ours.Match(p, n)
		m2, e2 := path.Match(p, n)
		check(fmt.Sprintf("Match %q %q", p, n), fmt.Sprint(m1, e1), fmt.Sprint(m2, e2))
	}
	fmt.Printf("path: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
