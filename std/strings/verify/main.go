// Differential test of gocc/strings against Go's strings (needs real Go: sh std/verify.sh strings).
// Random strings built from a small alphabet of tricky pieces (ASCII, Latin-1,
// case-folding oddities, spaces, invalid UTF-8, U+FFFD) go through every
// function of both packages, and the results must be identical.
package main

import (
	"fmt"
	"io"
	"math/rand"
	"os"
	real "strings"
	"unicode"

	ours "gocc/strings"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%#v", a), fmt.Sprintf("%#v", b)
	if x != y {
		bad++
		if bad < 30 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

var pieces = []string{"a", "b", "a", "b", "ab", "ba", "A", "B", "x", "é", "É", "ß", "ẞ", "ſ", "s", "S",
	"K", "k", "\u212a", "Σ", "σ", "ς", "世", "界", " ", "\t", "\n", "\u00a0", "\u2028", "\u3000",
	"\xff", "\xe4\xb8", "\x80", "\ufffd", "ǅ", "ǆ", ",", ", ", "İ", "ı", "i", "0", "9", "\u0085"}

func rstr(r *rand.Rand, max int) string {
	n := r.Intn(max + 1)
	var b real.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// catch runs f and returns its result or its panic value.
func catch(f func() interface{}) (v interface{}) {
	defer func() {
		if p := recover(); p != nil {
			v = fmt.Sprint("panic: ", p)
		}
	}()
	return f()
}

func pair(r *rand.Rand) {
	s, t := rstr(r, 8), rstr(r, 3)
	if r.Intn(4) == 0 && len(s) > 2 { // a substring of s, to make hits likely
		i := r.Intn(len(s))
		j := i + r.Intn(len(s)-i+1)
		t = s[i:j]
	}
	n := r.Intn(7) - 2
	q := fmt.Sprintf("(%q, %q, %d)", s, t, n)
	check("Contains"+q, ours.Contains(s, t), real.Contains(s, t))
	check("ContainsAny"+q, ours.ContainsAny(s, t), real.ContainsAny(s, t))
	check("Index"+q, ours.Index(s, t), real.Index(s, t))
	check("LastIndex"+q, ours.LastIndex(s, t), real.LastIndex(s, t))
	check("IndexAny"+q, ours.IndexAny(s, t), real.IndexAny(s, t))
	check("LastIndexAny"+q, ours.LastIndexAny(s, t), real.LastIndexAny(s, t))
	check("Count"+q, ours.Count(s, t), real.Count(s, t))
	check("Compare"+q, ours.Compare(s, t), real.Compare(s, t))
	check("HasPrefix"+q, ours.HasPrefix(s, t), real.HasPrefix(s, t))
	check("HasSuffix"+q, ours.HasSuffix(s, t), real.HasSuffix(s, t))
	check("EqualFold"+q, ours.EqualFold(s, t), real.EqualFold(s, t))
	u := real.ToUpper(s)
	check("EqualFold upper"+q, ours.EqualFold(s, u), real.EqualFold(s, u))
	check("Split"+q, ours.Split(s, t), real.Split(s, t))
	check("SplitN"+q, ours.SplitN(s, t, n), real.SplitN(s, t, n))
	check("SplitAfter"+q, ours.SplitAfter(s, t), real.SplitAfter(s, t))
	check("SplitAfterN"+q, ours.SplitAfterN(s, t, n), real.SplitAfterN(s, t, n))
	check("Trim"+q, ours.Trim(s, t), real.Trim(s, t))
	check("TrimLeft"+q, ours.TrimLeft(s, t), real.TrimLeft(s, t))
	check("TrimRight"+q, ours.TrimRight(s, t), real.TrimRight(s, t))
	check("TrimPrefix"+q, ours.TrimPrefix(s, t), real.TrimPrefix(s, t))
	check("TrimSuffix"+q, ours.TrimSuffix(s, t), real.TrimSuffix(s, t))
	b1, a1, f1 := ours.Cut(s, t)
	b2, a2, f2 := real.Cut(s, t)
	check("Cut"+q, []interface{}{b1, a1, f1}, []interface{}{b2, a2, f2})
	w := rstr(r, 2)
	check("Replace"+q, ours.Replace(s, t, w, n), real.Replace(s, t, w, n))
	check("ReplaceAll"+q, ours.ReplaceAll(s, t, w), real.ReplaceAll(s, t, w))
	if len(t) > 0 {
		c := t[0]
		check("IndexByte"+q, ours.IndexByte(s, c), real.IndexByte(s, c))
		check("LastIndexByte"+q, ours.LastIndexByte(s, c), real.LastIndexByte(s, c))
		for _, rr := range t {
			check("IndexRune"+q, ours.IndexRune(s, rr), real.IndexRune(s, rr))
			check("ContainsRune"+q, ours.ContainsRune(s, rr), real.ContainsRune(s, rr))
		}
	}
	for _, rr := range []rune{-1, 0x110000, 0xD800, 0xFFFD, 'a', 'é'} {
		check("IndexRune special"+q, ours.IndexRune(s, rr), real.IndexRune(s, rr))
	}
	// Replacer with 0..4 random pairs.
	var args []string
	for k := r.Intn(5); k > 0; k-- {
		o := rstr(r, 2)
		if r.Intn(3) == 0 && len(s) > 0 {
			i := r.Intn(len(s))
			o = s[i : i+1+r.Intn(len(s)-i)]
		}
		args = append(args, o, rstr(r, 2))
	}
	if r.Intn(5) == 0 { // all single bytes: Go's byte replacers
		args = nil
		for k := r.Intn(4); k >= 0; k-- {
			args = append(args, string("ab,x\xff"[r.Intn(5)]), rstr(r, 1)[:0]+string("XYab"[r.Intn(4)]))
		}
	}
	check(fmt.Sprintf("Replacer %q on %q", args, s), ours.NewReplacer(args...).Replace(s), real.NewReplacer(args...).Replace(s))
}

func single(r *rand.Rand) {
	s := rstr(r, 10)
	q := fmt.Sprintf("(%q)", s)
	check("Fields"+q, ours.Fields(s), real.Fields(s))
	isA := func(r rune) bool { return r == 'a' || r == 0xFFFD || unicode.IsSpace(r) }
	check("FieldsFunc"+q, ours.FieldsFunc(s, isA), real.FieldsFunc(s, isA))
	check("TrimFunc"+q, ours.TrimFunc(s, isA), real.TrimFunc(s, isA))
	check("TrimLeftFunc"+q, ours.TrimLeftFunc(s, isA), real.TrimLeftFunc(s, isA))
	check("TrimRightFunc"+q, ours.TrimRightFunc(s, isA), real.TrimRightFunc(s, isA))
	check("IndexFunc"+q, ours.IndexFunc(s, isA), real.IndexFunc(s, isA))
	check("LastIndexFunc"+q, ours.LastIndexFunc(s, isA), real.LastIndexFunc(s, isA))
	check("TrimSpace"+q, ours.TrimSpace(s), real.TrimSpace(s))
	check("Clone"+q, ours.Clone(s), real.Clone(s))
	check("ToValidUTF8"+q, ours.ToValidUTF8(s, "?"), real.ToValidUTF8(s, "?"))
	check("ToValidUTF8 empty"+q, ours.ToValidUTF8(s, ""), real.ToValidUTF8(s, ""))
	var w1, w2 real.Builder
	n1, _ := ours.NewReplacer("a", "AA", "\xff", "").WriteString(&w1, s)
	n2, _ := real.NewReplacer("a", "AA", "\xff", "").WriteString(&w2, s)
	check("Replacer.WriteString"+q, fmt.Sprint(n1, w1.String()), fmt.Sprint(n2, w2.String()))
	check("ToUpper"+q, ours.ToUpper(s), real.ToUpper(s))
	check("ToLower"+q, ours.ToLower(s), real.ToLower(s))
	check("ToTitle"+q, ours.ToTitle(s), real.ToTitle(s))
	m := func(r rune) rune {
		switch {
		case r == 'a':
			return -1
		case r == 'b':
			return 0xD800
		case r < 0x80:
			return r + 1
		}
		return r
	}
	check("Map"+q, ours.Map(m, s), real.Map(m, s))
	id := func(r rune) rune { return r }
	check("Map id"+q, ours.Map(id, s), real.Map(id, s))
	n := r.Intn(4)
	check("Repeat"+q, ours.Repeat(s, n), real.Repeat(s, n))
	parts := real.Split(s, "a")
	check("Join"+q, ours.Join(parts, "--"), real.Join(parts, "--"))
	check("Join1"+q, ours.Join(parts[:1], "-"), real.Join(parts[:1], "-"))
	// Reader: a random sequence of operations.
	or, gr := ours.NewReader(s), real.NewReader(s)
	for k := 0; k < 12; k++ {
		op := r.Intn(7)
		var x, y interface{}
		switch op {
		case 0:
			sz := r.Intn(4)
			b1, b2 := make([]byte, sz), make([]byte, sz)
			n1, e1 := or.Read(b1)
			n2, e2 := gr.Read(b2)
			x, y = fmt.Sprint(n1, b1, e1), fmt.Sprint(n2, b2, e2)
		case 1:
			c1, e1 := or.ReadByte()
			c2, e2 := gr.ReadByte()
			x, y = fmt.Sprint(c1, e1), fmt.Sprint(c2, e2)
		case 2:
			c1, n1, e1 := or.ReadRune()
			c2, n2, e2 := gr.ReadRune()
			x, y = fmt.Sprint(c1, n1, e1), fmt.Sprint(c2, n2, e2)
		case 3:
			x, y = fmt.Sprint(or.UnreadRune()), fmt.Sprint(gr.UnreadRune())
		case 4:
			x, y = fmt.Sprint(or.UnreadByte()), fmt.Sprint(gr.UnreadByte())
		case 5:
			off, wh := int64(r.Intn(12)-3), r.Intn(4)
			p1, e1 := or.Seek(off, wh)
			p2, e2 := gr.Seek(off, wh)
			x, y = fmt.Sprint(p1, e1), fmt.Sprint(p2, e2)
		case 6:
			sz, off := r.Intn(5), int64(r.Intn(12)-1)
			b1, b2 := make([]byte, sz), make([]byte, sz)
			n1, e1 := or.ReadAt(b1, off)
			n2, e2 := gr.ReadAt(b2, off)
			x, y = fmt.Sprint(n1, b1, e1), fmt.Sprint(n2, b2, e2)
		}
		check(fmt.Sprint("Reader op ", op, q), x, y)
		check("Reader Len"+q, or.Len(), gr.Len())
		check("Reader Size"+q, or.Size(), gr.Size())
	}
	var sb1 ours.Builder
	var sb2 real.Builder
	for _, rr := range s {
		sb1.WriteRune(rr)
		sb2.WriteRune(rr)
		sb1.WriteByte('|')
		sb2.WriteByte('|')
	}
	sb1.Write([]byte(s))
	sb2.Write([]byte(s))
	check("Builder"+q, sb1.String(), sb2.String())
	check("Builder Len"+q, sb1.Len(), sb2.Len())
}

func main() {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 300000; i++ {
		pair(r)
		single(r)
	}
	// panics and fixed cases
	check("Repeat neg", catch(func() interface{} { return ours.Repeat("x", -1) }), catch(func() interface{} { return real.Repeat("x", -1) }))
	check("Repeat overflow", catch(func() interface{} { return ours.Repeat("xx", 1<<62) }), catch(func() interface{} { return real.Repeat("xx", 1<<62) }))
	check("NewReplacer odd", catch(func() interface{} { return ours.NewReplacer("a") }), catch(func() interface{} { return real.NewReplacer("a") }))
	check("Grow neg", catch(func() interface{} { var b ours.Builder; b.Grow(-1); return 0 }), catch(func() interface{} { var b real.Builder; b.Grow(-1); return 0 }))
	check("Builder copy", catch(func() interface{} {
		var b ours.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
		return 0
	}), catch(func() interface{} {
		var b real.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
		return 0
	}))
	var b1 ours.Builder
	b1.Grow(10)
	check("Grow cap", b1.Cap(), 10)
	b1.WriteString("abc")
	b1.Reset()
	check("Reset", b1.Len(), 0)
	check("Split empty", ours.Split("", ""), real.Split("", ""))
	check("Split empty sep", ours.Split("", ","), real.Split("", ","))
	check("Fields empty", ours.Fields(""), real.Fields(""))
	check("SplitN 0", ours.SplitN("a,b", ",", 0) == nil, true)
	or := ours.NewReader("héllo")
	var sb real.Builder
	n1, e1 := or.WriteTo(&sb)
	check("WriteTo", fmt.Sprint(n1, e1, sb.String()), "6 <nil>héllo")
	_, e := or.Read(nil)
	check("EOF text", fmt.Sprint(e), fmt.Sprint(io.EOF))
	long := real.Repeat("ab", 5000) + "abc" + real.Repeat("ab", 5000)
	check("Index long", ours.Index(long, "abcab"), real.Index(long, "abcab"))
	check("LastIndex long", ours.LastIndex(long, "bab"), real.LastIndex(long, "bab"))
	fmt.Printf("strings: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
