// verify/main.go - differential test of gocc's std/bytes against Go's bytes
// (run with real Go: sh std/verify.sh after adding bytes to its list, or see
// std/README.md): every function on random short inputs over a small
// alphabet with multi-byte and invalid UTF-8, compared with %#v (nil and
// empty slices differ there) plus Buffer/Reader operation transcripts.
package main

import (
	real "bytes"
	"fmt"
	"math/rand"
	"os"

	ours "gocc/bytes"
)

var bad, cases int

// show prints v with %#v, except errors, which print as their text: ours
// (gocc/io.EOF) and Go's (io.EOF) are different pointers with equal texts.
func show(v any) string {
	if l, ok := v.([]any); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = show(e)
		}
		return fmt.Sprintf("%v", parts)
	}
	if err, ok := v.(error); ok {
		return "error(" + err.Error() + ")"
	}
	return fmt.Sprintf("%#v", v)
}

func check(what string, a, b any) {
	cases++
	x, y := show(a), show(b)
	if x != y {
		bad++
		if bad < 20 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

var alpha = []string{"a", "b", " ", ",", "é", "\xff", "\t", "A", "ab", ""}

func gen(r *rand.Rand) []byte {
	if r.Intn(8) == 0 {
		return nil
	}
	var b []byte
	n := r.Intn(6)
	for i := 0; i < n; i++ {
		b = append(b, alpha[r.Intn(len(alpha))]...)
	}
	return b
}

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 300000; i++ {
		s, t, u := gen(r), gen(r), gen(r)
		q := fmt.Sprintf("%q %q %q", s, t, u)
		n := r.Intn(5) - 1
		check("Equal"+q, ours.Equal(s, t), real.Equal(s, t))
		check("Compare"+q, ours.Compare(s, t), real.Compare(s, t))
		check("Index"+q, ours.Index(s, t), real.Index(s, t))
		check("LastIndex"+q, ours.LastIndex(s, t), real.LastIndex(s, t))
		check("Count"+q, ours.Count(s, t), real.Count(s, t))
		check("IndexAny"+q, ours.IndexAny(s, string(t)), real.IndexAny(s, string(t)))
		for _, rr := range []rune{'a', 'é', 0xFFFD, -1, 0x110000} {
			check("IndexRune"+q, ours.IndexRune(s, rr), real.IndexRune(s, rr))
		}
		check("HasPrefix"+q, ours.HasPrefix(s, t), real.HasPrefix(s, t))
		check("HasSuffix"+q, ours.HasSuffix(s, t), real.HasSuffix(s, t))
		check("SplitN"+q, ours.SplitN(s, t, n), real.SplitN(s, t, n))
		check("SplitAfterN"+q, ours.SplitAfterN(s, t, n), real.SplitAfterN(s, t, n))
		check("Fields"+q, ours.Fields(s), real.Fields(s))
		check("Join"+q, ours.Join([][]byte{s, t, u}[:(n+1)%4], t), real.Join([][]byte{s, t, u}[:(n+1)%4], t))
		check("Replace"+q, ours.Replace(s, t, u, n), real.Replace(s, t, u, n))
		check("ToUpper"+q, ours.ToUpper(s), real.ToUpper(s))
		check("ToLower"+q, ours.ToLower(s), real.ToLower(s))
		check("TrimSpace"+q, ours.TrimSpace(s), real.TrimSpace(s))
		check("Trim"+q, ours.Trim(s, string(t)), real.Trim(s, string(t)))
		check("TrimLeft"+q, ours.TrimLeft(s, string(t)), real.TrimLeft(s, string(t)))
		check("TrimRight"+q, ours.TrimRight(s, string(t)), real.TrimRight(s, string(t)))
		check("TrimPrefix"+q, ours.TrimPrefix(s, t), real.TrimPrefix(s, t))
		check("EqualFold"+q, ours.EqualFold(s, t), real.EqualFold(s, t))
		check("Runes"+q, ours.Runes(s), real.Runes(s))
		b1, a1, f1 := ours.Cut(s, t)
		b2, a2, f2 := real.Cut(s, t)
		check("Cut"+q, []any{b1, a1, f1}, []any{b2, a2, f2})
		check("Buffer"+q, bufOps(&ours.Buffer{}, s, t, r.Int63()), bufOps(&real.Buffer{}, s, t, 0))
	}
	fmt.Printf("bytes: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

type buffer interface {
	Write([]byte) (int, error)
	WriteString(string) (int, error)
	WriteByte(byte) error
	WriteRune(rune) (int, error)
	Read([]byte) (int, error)
	ReadByte() (byte, error)
	ReadRune() (rune, int, error)
	UnreadByte() error
	UnreadRune() error
	ReadString(byte) (string, error)
	Truncate(int)
	Len() int
	String() string
}

var opSeed int64

// bufOps runs one pseudo-random op sequence (the seed comes with ours and is
// reused for Go's) and returns the transcript.
func bufOps(b buffer, s, t []byte, seed int64) []any {
	if seed != 0 {
		opSeed = seed
	}
	r := rand.New(rand.NewSource(opSeed))
	var out []any
	p := make([]byte, 3)
	for i := 0; i < 12; i++ {
		switch r.Intn(10) {
		case 0:
			b.Write(s)
		case 1:
			b.WriteString(string(t))
		case 2:
			b.WriteByte('x')
		case 3:
			b.WriteRune('é')
		case 4:
			n, err := b.Read(p)
			out = append(out, n, string(p[:n]), err)
		case 5:
			c, err := b.ReadByte()
			out = append(out, c, err)
		case 6:
			c, n, err := b.ReadRune()
			out = append(out, c, n, err)
		case 7:
			out = append(out, fmt.Sprint(b.UnreadByte()), fmt.Sprint(b.UnreadRune()))
		case 8:
			l, err := b.ReadString(',')
			out = append(out, l, err)
		case 9:
			if b.Len() > 0 {
				b.Truncate(r.Intn(b.Len()))
			}
		}
		out = append(out, b.Len(), b.String())
	}
	return out
}
