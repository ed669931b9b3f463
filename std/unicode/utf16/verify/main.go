// Differential test of gocc/unicode/utf16 against Go's (needs real Go:
// sh std/verify.sh unicode/utf16): every function on edge code points and
// random rune and uint16 sequences.
package main

import (
	"fmt"
	"math/rand"
	"os"
	"unicode/utf16"

	ours "gocc/unicode/utf16"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%v", a), fmt.Sprintf("%v", b)
	if x != y {
		bad++
		if bad < 30 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

func main() {
	edges := []rune{-1, 0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000,
		0x10ffff, 0x110000, 1 << 30}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		edges = append(edges, rune(r.Int63n(0x120000))-0x100)
	}
	for i, c := range edges {
		d := edges[(i*7+1)%len(edges)]
		check(fmt.Sprint("IsSurrogate ", c), ours.IsSurrogate(c), utf16.IsSurrogate(c))
		a1, a2 := ours.EncodeRune(c)
		b1, b2 := utf16.EncodeRune(c)
		check(fmt.Sprint("EncodeRune ", c), [2]rune{a1, a2}, [2]rune{b1, b2})
		check(fmt.Sprint("DecodeRune ", c, d), ours.DecodeRune(c, d), utf16.DecodeRune(c, d))
		check(fmt.Sprint("DecodeRune pair ", c), ours.DecodeRune(b1, b2), utf16.DecodeRune(b1, b2))
	}
	for i := 0; i < 20000; i++ {
		rs := make([]rune, r.Intn(8))
		for k := range rs {
			rs[k] = edges[r.Intn(len(edges))]
		}
		check(fmt.Sprint("Encode ", rs), ours.Encode(rs), utf16.Encode(rs))
		us := make([]uint16, r.Intn(8))
		for k := range us {
			us[k] = uint16(0xd000 + r.Intn(0x1400))
			if r.Intn(3) == 0 {
				us[k] = uint16(r.Intn(0x10000))
			}
		}
		check(fmt.Sprint("Decode ", us), ours.Decode(us), utf16.Decode(us))
	}
	fmt.Printf("unicode/utf16: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
