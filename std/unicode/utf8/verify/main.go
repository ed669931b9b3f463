// Differential test of gocc/unicode/utf8 against Go's (needs real Go: sh std/verify.sh unicode/utf8).
// Every rune value around the valid range, and millions of random byte strings
// biased towards UTF-8 lead and continuation bytes, go through both packages.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	real "unicode/utf8"

	ours "gocc/unicode/utf8"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	if a != b {
		bad++
		if bad < 20 {
			fmt.Printf("MISMATCH %s: ours %v, go %v\n", what, a, b)
		}
	}
}

var interesting = []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
	0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF}

func randBytes(r *rand.Rand) []byte {
	n := r.Intn(9)
	b := make([]byte, n)
	for i := range b {
		if r.Intn(3) == 0 {
			b[i] = byte(r.Intn(256))
		} else {
			b[i] = interesting[r.Intn(len(interesting))]
		}
	}
	if r.Intn(4) == 0 { // sometimes a real encoding inside
		b = real.AppendRune(b, rune(r.Intn(0x110000)))
	}
	return b
}

func checkBytes(b []byte) {
	s := string(b)
	q := fmt.Sprintf("%q", s)
	r1, n1 := ours.DecodeRune(b)
	r2, n2 := real.DecodeRune(b)
	check("DecodeRune "+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = ours.DecodeRuneInString(s)
	check("DecodeRuneInString "+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = ours.DecodeLastRune(b)
	r2, n2 = real.DecodeLastRune(b)
	check("DecodeLastRune "+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	r1, n1 = ours.DecodeLastRuneInString(s)
	check("DecodeLastRuneInString "+q, [2]int{int(r1), n1}, [2]int{int(r2), n2})
	check("RuneCount "+q, ours.RuneCount(b), real.RuneCount(b))
	check("RuneCountInString "+q, ours.RuneCountInString(s), real.RuneCountInString(s))
	check("Valid "+q, ours.Valid(b), real.Valid(b))
	check("ValidString "+q, ours.ValidString(s), real.ValidString(s))
	check("FullRune "+q, ours.FullRune(b), real.FullRune(b))
	check("FullRuneInString "+q, ours.FullRuneInString(s), real.FullRuneInString(s))
	if len(b) > 0 {
		check("RuneStart "+q, ours.RuneStart(b[0]), real.RuneStart(b[0]))
	}
}

func main() {
	for r := rune(-70000); r < 0x110000+70000; r++ {
		check("RuneLen", ours.RuneLen(r), real.RuneLen(r))
		check("ValidRune", ours.ValidRune(r), real.ValidRune(r))
		a := ours.AppendRune([]byte("x"), r)
		b := real.AppendRune([]byte("x"), r)
		check(fmt.Sprint("AppendRune ", r), string(a), string(b))
		var p1, p2 [4]byte
		n1 := ours.EncodeRune(p1[:], r)
		n2 := real.EncodeRune(p2[:], r)
		check(fmt.Sprint("EncodeRune ", r), fmt.Sprint(n1, p1), fmt.Sprint(n2, p2))
		if r >= 0 && r < 0x110000 && r%7 == 0 {
			checkBytes(b[1:])
		}
	}
	for _, r := range []rune{-1 << 31, 1<<31 - 1, -1, 0x7FFFFFFF, 0x80000000 - 2} {
		check("RuneLen big", ours.RuneLen(r), real.RuneLen(r))
		check("AppendRune big", string(ours.AppendRune(nil, r)), string(real.AppendRune(nil, r)))
	}
	// exhaustive over all 1-, 2- and 3-byte strings
	for i := 0; i < 256; i++ {
		checkBytes([]byte{byte(i)})
		for j := 0; j < 256; j++ {
			checkBytes([]byte{byte(i), byte(j)})
		}
	}
	for _, x := range interesting {
		for j := 0; j < 256; j++ {
			for k := 0; k < 256; k++ {
				checkBytes([]byte{x, byte(j), byte(k)})
			}
		}
	}
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 1000000; i++ {
		checkBytes(randBytes(rnd))
	}
	// EncodeRune into a short buffer panics in both.
	p := func(f func()) (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		f()
		return
	}
	check("EncodeRune short", p(func() { ours.EncodeRune(make([]byte, 1), 'é') }),
		p(func() { real.EncodeRune(make([]byte, 1), 'é') }))
	check("consts", fmt.Sprint(ours.RuneError, ours.RuneSelf, ours.MaxRune, ours.UTFMax),
		fmt.Sprint(real.RuneError, real.RuneSelf, real.MaxRune, real.UTFMax))
	_ = bytes.Equal
	fmt.Printf("unicode/utf8: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
