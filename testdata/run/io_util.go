package main

// io helpers: ReadAll, Copy, CopyN, ReadFull/ReadAtLeast errors,
// LimitReader, TeeReader, MultiReader, MultiWriter, Discard, WriteString.

import (
	"fmt"
	"io"
	"os"
)

// reader and repeat stand in for strings.NewReader and strings.Repeat, so
// that this program needs no other std package than the ones it tests.
type reader struct {
	s string
}

func newReader(s string) *reader { return &reader{s} }

func (r *reader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

// builder stands in for builder.
type builder struct {
	b []byte
}

func (w *builder) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func (w *builder) String() string { return string(w.b) }

func (w *builder) Reset() { w.b = nil }

type slowReader struct {
	s string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	b, err := io.ReadAll(&slowReader{"slowly read"})
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(newReader(repeat("0123456789", 300)))
	fmt.Println(len(b), err)

	var sb builder
	n, err := io.Copy(&sb, &slowReader{"copied"})
	fmt.Println(n, err, sb.String())
	n, err = io.Copy(os.Stdout, newReader("copy to stdout\n"))
	fmt.Println(n, err)
	sb.Reset()
	n, err = io.CopyN(&sb, newReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, newReader("ab"), 4)
	fmt.Println(n, err)

	buf := make([]byte, 4)
	k, err := io.ReadFull(newReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(newReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&slowReader{"abcdef"}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadAtLeast(newReader("abc"), buf, 8)
	fmt.Println(k, err)

	lr := io.LimitReader(newReader("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	sb.Reset()
	tr := io.TeeReader(newReader("tee"), &sb)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), sb.String())

	mr := io.MultiReader(newReader("one "), &slowReader{"two "}, newReader("three"))
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))

	var s1, s2 builder
	mw := io.MultiWriter(&s1, &s2)
	fmt.Fprintf(mw, "to both %d", 2)
	fmt.Println(s1.String(), "|", s2.String())

	m, err := io.WriteString(io.Discard, "gone")
	fmt.Println(m, err)
	m, err = io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(m, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
}
