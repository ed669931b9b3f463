package main

// io helpers: ReadAll, Copy, CopyN, ReadFull/ReadAtLeast errors,
// LimitReader, TeeReader, MultiReader, MultiWriter, Discard, WriteString.

import (
	"fmt"
	"io"
	"os"
	"strings"
)

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
	b, err = io.ReadAll(strings.NewReader(strings.Repeat("0123456789", 300)))
	fmt.Println(len(b), err)

	var sb strings.Builder
	n, err := io.Copy(&sb, &slowReader{"copied"})
	fmt.Println(n, err, sb.String())
	n, err = io.Copy(os.Stdout, strings.NewReader("copy to stdout\n"))
	fmt.Println(n, err)
	sb.Reset()
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 4)
	fmt.Println(n, err)

	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&slowReader{"abcdef"}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 8)
	fmt.Println(k, err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	sb.Reset()
	tr := io.TeeReader(strings.NewReader("tee"), &sb)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), sb.String())

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))

	var s1, s2 strings.Builder
	mw := io.MultiWriter(&s1, &s2)
	fmt.Fprintf(mw, "to both %d", 2)
	fmt.Println(s1.String(), "|", s2.String())

	m, err := io.WriteString(io.Discard, "gone")
	fmt.Println(m, err)
	m, err = io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(m, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite)
}
