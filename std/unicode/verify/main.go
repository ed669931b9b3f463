// Differential test of gocc/unicode against Go's (needs real Go: sh std/verify.sh unicode).
// Every code point from -100 to MaxRune+100 (and a few extreme values) goes
// through every function of both packages.
package main

import (
	"fmt"
	"os"
	real "unicode"

	ours "gocc/unicode"
)

func main() {
	bad, cases := 0, 0
	check := func(what string, r rune, a, b interface{}) {
		cases++
		if a != b {
			bad++
			if bad < 30 {
				fmt.Printf("MISMATCH %s(%U): ours %v, go %v\n", what, r, a, b)
			}
		}
	}
	type pf struct {
		name string
		o, g func(rune) bool
	}
	preds := []pf{
		{"IsLetter", ours.IsLetter, real.IsLetter}, {"IsDigit", ours.IsDigit, real.IsDigit},
		{"IsNumber", ours.IsNumber, real.IsNumber}, {"IsSpace", ours.IsSpace, real.IsSpace},
		{"IsUpper", ours.IsUpper, real.IsUpper}, {"IsLower", ours.IsLower, real.IsLower},
		{"IsTitle", ours.IsTitle, real.IsTitle}, {"IsPunct", ours.IsPunct, real.IsPunct},
		{"IsMark", ours.IsMark, real.IsMark}, {"IsSymbol", ours.IsSymbol, real.IsSymbol},
		{"IsGraphic", ours.IsGraphic, real.IsGraphic}, {"IsPrint", ours.IsPrint, real.IsPrint},
		{"IsControl", ours.IsControl, real.IsControl},
	}
	type mf struct {
		name string
		o, g func(rune) rune
	}
	maps := []mf{
		{"ToUpper", ours.ToUpper, real.ToUpper}, {"ToLower", ours.ToLower, real.ToLower},
		{"ToTitle", ours.ToTitle, real.ToTitle}, {"SimpleFold", ours.SimpleFold, real.SimpleFold},
	}
	one := func(r rune) {
		for _, p := range preds {
			check(p.name, r, p.o(r), p.g(r))
		}
		for _, m := range maps {
			check(m.name, r, m.o(r), m.g(r))
		}
		for c := -1; c <= 3; c++ {
			check(fmt.Sprint("To", c), r, ours.To(c, r), real.To(c, r))
		}
	}
	for r := rune(-100); r <= real.MaxRune+100; r++ {
		one(r)
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, 0x7FFFFFFF - 5} {
		for _, p := range preds {
			check(p.name, r, p.o(r), p.g(r))
		}
		for _, m := range maps[:3] {
			check(m.name, r, m.o(r), m.g(r))
		}
	}
	check("consts", 0, fmt.Sprint(ours.MaxRune, ours.ReplacementChar, ours.MaxASCII, ours.MaxLatin1, ours.Version),
		fmt.Sprint(real.MaxRune, real.ReplacementChar, real.MaxASCII, real.MaxLatin1, real.Version))
	fmt.Printf("unicode: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
