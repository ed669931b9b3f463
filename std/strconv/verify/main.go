// Differential test of gocc/strconv against Go's strconv (needs real Go: sh std/verify.sh strconv).
// Integers, booleans and quoting: random and edge-case inputs; results and
// error texts must be identical. Floats are in floats.go (same program).
package main

import (
	"fmt"
	"math/rand"
	"os"
	real "strconv"

	ours "gocc/strconv"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%#v", a), fmt.Sprintf("%#v", b)
	if x != y {
		bad++
		if bad < 40 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

func errText(e error) string {
	if e == nil {
		return "<nil>"
	}
	return e.Error()
}

var intPieces = []string{"0", "1", "7", "8", "9", "a", "f", "F", "z", "Z", "_", "-", "+", "x", "X", "b", "B",
	"o", "O", "0x", "0b", "0o", "00", " ", "9223372036854775807", "9223372036854775808", "18446744073709551615",
	"18446744073709551616", "2147483648", "255", "256", "ffffffffffffffff", "1_000", "\xff"}

func rint(r *rand.Rand) string {
	s := ""
	for k := r.Intn(4); k >= 0; k-- {
		s += intPieces[r.Intn(len(intPieces))]
	}
	return s
}

func ints(r *rand.Rand) {
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 1, 65, -1}
	for i := 0; i < 400000; i++ {
		s := rint(r)
		base, size := bases[r.Intn(len(bases))], sizes[r.Intn(len(sizes))]
		q := fmt.Sprintf("(%q, %d, %d)", s, base, size)
		a, e1 := ours.ParseInt(s, base, size)
		b, e2 := real.ParseInt(s, base, size)
		check("ParseInt"+q, fmt.Sprint(a, " ", errText(e1)), fmt.Sprint(b, " ", errText(e2)))
		c, e1 := ours.ParseUint(s, base, size)
		d, e2 := real.ParseUint(s, base, size)
		check("ParseUint"+q, fmt.Sprint(c, " ", errText(e1)), fmt.Sprint(d, " ", errText(e2)))
		x, e1 := ours.Atoi(s)
		y, e2 := real.Atoi(s)
		check("Atoi"+q, fmt.Sprint(x, " ", errText(e1)), fmt.Sprint(y, " ", errText(e2)))
		bo, e1 := ours.ParseBool(s)
		bg, e2 := real.ParseBool(s)
		check("ParseBool"+q, fmt.Sprint(bo, " ", errText(e1)), fmt.Sprint(bg, " ", errText(e2)))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		bo, e1 := ours.ParseBool(s)
		bg, e2 := real.ParseBool(s)
		check("ParseBool "+s, fmt.Sprint(bo, " ", errText(e1)), fmt.Sprint(bg, " ", errText(e2)))
	}
	for i := 0; i < 400000; i++ {
		v := int64(r.Uint64() >> uint(r.Intn(64)))
		if r.Intn(2) == 0 {
			v = -v
		}
		base := 2 + r.Intn(35)
		check("FormatInt", ours.FormatInt(v, base), real.FormatInt(v, base))
		check("FormatUint", ours.FormatUint(uint64(v), base), real.FormatUint(uint64(v), base))
		check("Itoa", ours.Itoa(int(v)), real.Itoa(int(v)))
		check("AppendInt", string(ours.AppendInt([]byte("x"), v, 10)), string(real.AppendInt([]byte("x"), v, 10)))
		check("AppendUint", string(ours.AppendUint([]byte("x"), uint64(v), 16)), string(real.AppendUint([]byte("x"), uint64(v), 16)))
		s := real.FormatInt(v, base)
		a, e1 := ours.ParseInt(s, base, 64)
		b, e2 := real.ParseInt(s, base, 64)
		check("ParseInt roundtrip "+s, fmt.Sprint(a, errText(e1)), fmt.Sprint(b, errText(e2)))
	}
	for _, v := range []int64{0, 1, -1, 1<<63 - 1, -1 << 63} {
		for base := 2; base <= 36; base++ {
			check("FormatInt edge", ours.FormatInt(v, base), real.FormatInt(v, base))
			check("FormatUint edge", ours.FormatUint(uint64(v), base), real.FormatUint(uint64(v), base))
		}
	}
	check("FormatBool", ours.FormatBool(true)+ours.FormatBool(false), real.FormatBool(true)+real.FormatBool(false))
	check("AppendBool", string(ours.AppendBool([]byte("x"), true)), string(real.AppendBool([]byte("x"), true)))
	p := func(f func()) (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		f()
		return
	}
	check("FormatInt bad base", p(func() { ours.FormatInt(1, 1) }), p(func() { real.FormatInt(1, 1) }))
	check("FormatUint bad base", p(func() { ours.FormatUint(1, 37) }), p(func() { real.FormatUint(1, 37) }))
	_, e := ours.Atoi("x")
	check("NumError Unwrap", e.(*ours.NumError).Unwrap() == ours.ErrSyntax, true)
	check("errors", ours.ErrRange.Error()+ours.ErrSyntax.Error(), real.ErrRange.Error()+real.ErrSyntax.Error())
}

var quotePieces = []string{"a", "\"", "'", "`", "\\", "\n", "\r", "\t", "\a", "\x00", "\x7f", "\x1b", "é", "世",
	"\u00a0", "\u2028", "\u3000", "\ufeff", "\ufffd", "\U0001F600", "\U000E0001", "\xff", "\xe4\xb8", "\\x41",
	"\\u00e9", "\\U0001F600", "\\377", "\\400", "\\08", "\\'", "\\\"", "\\n", "\\q", "\\x4", "\\uD800", "\\U00110000", " "}

func rquote(r *rand.Rand) string {
	s := ""
	for k := r.Intn(5); k > 0; k-- {
		s += quotePieces[r.Intn(len(quotePieces))]
	}
	return s
}

func quotes(r *rand.Rand) {
	for i := 0; i < 300000; i++ {
		s := rquote(r)
		q := fmt.Sprintf("(%q)", s)
		check("Quote"+q, ours.Quote(s), real.Quote(s))
		check("QuoteToASCII"+q, ours.QuoteToASCII(s), real.QuoteToASCII(s))
		check("QuoteToGraphic"+q, ours.QuoteToGraphic(s), real.QuoteToGraphic(s))
		check("AppendQuote"+q, string(ours.AppendQuote([]byte("x"), s)), string(real.AppendQuote([]byte("x"), s)))
		check("AppendQuoteToASCII"+q, string(ours.AppendQuoteToASCII([]byte("x"), s)), string(real.AppendQuoteToASCII([]byte("x"), s)))
		check("CanBackquote"+q, ours.CanBackquote(s), real.CanBackquote(s))
		for _, lit := range []string{s, "\"" + s + "\"", "'" + s + "'", "`" + s + "`", "\"" + s, s + "\"x"} {
			u1, e1 := ours.Unquote(lit)
			u2, e2 := real.Unquote(lit)
			check(fmt.Sprintf("Unquote(%q)", lit), u1+errText(e1), u2+errText(e2))
			p1, e1 := ours.QuotedPrefix(lit)
			p2, e2 := real.QuotedPrefix(lit)
			check(fmt.Sprintf("QuotedPrefix(%q)", lit), p1+errText(e1), p2+errText(e2))
		}
		for _, qc := range []byte{'"', '\'', '`', 0} {
			v1, m1, t1, e1 := ours.UnquoteChar(s, qc)
			v2, m2, t2, e2 := real.UnquoteChar(s, qc)
			check(fmt.Sprintf("UnquoteChar(%q, %q)", s, qc), fmt.Sprint(v1, m1, t1, errText(e1)), fmt.Sprint(v2, m2, t2, errText(e2)))
		}
	}
	for c := rune(-5); c < 0x110000+5; c++ {
		if c > 0x3000 && c < 0x10000 && c%7 != 0 || c > 0x10000 && c%97 != 0 && c < 0x10FFF0 {
			continue
		}
		check("QuoteRune", ours.QuoteRune(c), real.QuoteRune(c))
		check("QuoteRuneToASCII", ours.QuoteRuneToASCII(c), real.QuoteRuneToASCII(c))
		check("QuoteRuneToGraphic", ours.QuoteRuneToGraphic(c), real.QuoteRuneToGraphic(c))
		check("AppendQuoteRune", string(ours.AppendQuoteRune(nil, c)), string(real.AppendQuoteRune(nil, c)))
		check("IsPrint", ours.IsPrint(c), real.IsPrint(c))
		check("IsGraphic", ours.IsGraphic(c), real.IsGraphic(c))
		lit := real.QuoteRune(c)
		u1, e1 := ours.Unquote(lit)
		u2, e2 := real.Unquote(lit)
		check("Unquote rune "+lit, u1+errText(e1), u2+errText(e2))
	}
	for _, c := range []rune{-1 << 31, 1<<31 - 1, 0xD800, 0xDFFF} {
		check("QuoteRune edge", ours.QuoteRune(c), real.QuoteRune(c))
	}
}

func main() {
	r := rand.New(rand.NewSource(3))
	ints(r)
	quotes(r)
	fmt.Printf("strconv ints+quote: %d cases, %d mismatches\n", cases, bad)
	floats(r)
	fmt.Printf("strconv: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
