package main

// bufio.Scanner with ScanLines (CRLF, no final newline), ScanWords,
// ScanRunes (bad UTF-8), ScanBytes, a custom split, and Buffer limits
// (ErrTooLong); bufio.Reader's ReadString, ReadLine, ReadRune, UnreadRune,
// Peek, ReadByte, ReadBytes; bufio.Writer's buffering and Flush.

import (
	"bufio"
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

func main() {
	sc := bufio.NewScanner(newReader("first\r\nsecond\n\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(newReader("  the quick\tbrown\n\n fox  "))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println(count)

	sc = bufio.NewScanner(newReader("hé\xffllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(newReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	sc = bufio.NewScanner(newReader("1,22,,333"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(newReader("short\n" + repeat("x", 100) + "\nafter"))
	sc.Buffer(make([]byte, 8), 32)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	long := repeat("y", 70000)
	sc = bufio.NewScanner(newReader(long + "\nz\n"))
	fmt.Println(sc.Scan(), sc.Err())

	big := repeat("line of text\n", 5000)
	sc = bufio.NewScanner(newReader(big))
	lines, bytes := 0, 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Bytes())
	}
	fmt.Println(lines, bytes, sc.Err())

	r := bufio.NewReader(newReader("alpha\nbeta\r\ngamma"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	p, err := r.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte())
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r = bufio.NewReader(newReader("héllo"))
	for {
		ru, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(ru), size, " ")
	}
	fmt.Println(r.UnreadRune())
	r = bufio.NewReaderSize(newReader(repeat("z", 40)+"\nend"), 16)
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	_, err = r.Peek(100)
	fmt.Println(err, r.Size())

	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println(w.Available(), w.Buffered())
	w.WriteString("buffered ")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Fprintf(w, " %d\n", w.Buffered())
	w.Write([]byte("a long write that exceeds the buffer\n"))
	fmt.Println(w.Flush())
}
