// Differential test of gocc/bufio (and gocc/io helpers) against Go's bufio
// and io (needs real Go: sh std/verify.sh bufio). Random inputs are read
// through random chunked readers with random buffer sizes and random
// sequences of operations; both packages must produce the same transcript.
package main

import (
	realbufio "bufio"
	"fmt"
	realio "io"
	"math/rand"
	"os"
	"strings"

	ours "gocc/bufio"
	oursio "gocc/io"
)

// chunky returns its data in random-sized pieces (sometimes 0 bytes).
type chunky struct {
	data []byte
	r    *rand.Rand
	eof  error // the io.EOF of the package under test
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, c.eof
	}
	n := c.r.Intn(len(p) + 1)
	if c.r.Intn(8) == 0 {
		n = 0
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

// oursEOF maps our io.EOF-based errors to text for the transcript.
func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func eofOf(useOurs bool) error {
	if useOurs {
		return oursio.EOF
	}
	return realio.EOF
}

func short(s string) string {
	if len(s) > 400 {
		return s[:400] + "..."
	}
	return s
}

func randInput(r *rand.Rand) string {
	alphabet := []string{"a", "b", " ", "\n", "\r\n", "\t", "é", "世", "\xff", "word", "  ", "\n\n"}
	n := r.Intn(60)
	if r.Intn(10) == 0 {
		n = r.Intn(3000)
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func scanTranscript(seed int64, useOurs bool) string {
	r := rand.New(rand.NewSource(seed))
	in := randInput(r)
	mode := r.Intn(4)
	bufSize := 0
	if r.Intn(3) == 0 {
		bufSize = 1 + r.Intn(40)
	}
	max := 1 + r.Intn(100)
	src := &chunky{[]byte(in), rand.New(rand.NewSource(seed * 7)), eofOf(useOurs)}
	var out strings.Builder
	if useOurs {
		s := ours.NewScanner(src)
		switch mode {
		case 1:
			s.Split(ours.ScanWords)
		case 2:
			s.Split(ours.ScanRunes)
		case 3:
			s.Split(ours.ScanBytes)
		}
		if bufSize > 0 {
			s.Buffer(make([]byte, bufSize), max)
		}
		for s.Scan() {
			fmt.Fprintf(&out, "%q,", s.Text())
		}
		fmt.Fprintf(&out, "err=%s", errText(s.Err()))
	} else {
		s := realbufio.NewScanner(src)
		switch mode {
		case 1:
			s.Split(realbufio.ScanWords)
		case 2:
			s.Split(realbufio.ScanRunes)
		case 3:
			s.Split(realbufio.ScanBytes)
		}
		if bufSize > 0 {
			s.Buffer(make([]byte, bufSize), max)
		}
		for s.Scan() {
			fmt.Fprintf(&out, "%q,", s.Text())
		}
		fmt.Fprintf(&out, "err=%s", errText(s.Err()))
	}
	return out.String()
}

// reader is the part of bufio.Reader both packages share.
type reader interface {
	Read([]byte) (int, error)
	ReadByte() (byte, error)
	UnreadByte() error
	ReadRune() (rune, int, error)
	UnreadRune() error
	ReadString(byte) (string, error)
	ReadBytes(byte) ([]byte, error)
	ReadLine() ([]byte, bool, error)
	ReadSlice(byte) ([]byte, error)
	Peek(int) ([]byte, error)
	Discard(int) (int, error)
	Buffered() int
}

func readerTranscript(seed int64, useOurs bool) string {
	r := rand.New(rand.NewSource(seed))
	in := randInput(r)
	size := 16 + r.Intn(40)
	src := &chunky{[]byte(in), rand.New(rand.NewSource(seed * 13)), eofOf(useOurs)}
	var br reader
	if useOurs {
		br = ours.NewReaderSize(src, size)
	} else {
		br = realbufio.NewReaderSize(src, size)
	}
	var out strings.Builder
	for step := 0; step < 40; step++ {
		switch r.Intn(12) {
		case 0:
			p := make([]byte, r.Intn(70))
			n, err := br.Read(p)
			fmt.Fprintf(&out, "Read %q %s|", p[:n], errText(err))
		case 1:
			c, err := br.ReadByte()
			fmt.Fprintf(&out, "RB %d %s|", c, errText(err))
		case 2:
			fmt.Fprintf(&out, "UB %s|", errText(br.UnreadByte()))
		case 3:
			c, n, err := br.ReadRune()
			fmt.Fprintf(&out, "RR %q %d %s|", c, n, errText(err))
		case 4:
			fmt.Fprintf(&out, "UR %s|", errText(br.UnreadRune()))
		case 5:
			s, err := br.ReadString('\n')
			fmt.Fprintf(&out, "RS %q %s|", s, errText(err))
		case 6:
			s, err := br.ReadBytes(' ')
			fmt.Fprintf(&out, "RBy %q %s|", s, errText(err))
		case 7:
			l, pre, err := br.ReadLine()
			fmt.Fprintf(&out, "RL %q %v %s|", l, pre, errText(err))
		case 8:
			l, err := br.ReadSlice('a')
			fmt.Fprintf(&out, "RSl %q %s|", l, errText(err))
		case 9:
			p, err := br.Peek(r.Intn(size + 10))
			fmt.Fprintf(&out, "Pk %q %s|", p, errText(err))
		case 10:
			n, err := br.Discard(r.Intn(20))
			fmt.Fprintf(&out, "D %d %s|", n, errText(err))
		case 11:
			fmt.Fprintf(&out, "B %d|", br.Buffered())
		}
	}
	return out.String()
}

// shortWriter accepts at most n bytes per call.
type shortWriter struct {
	b strings.Builder
	n int
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		w.b.Write(p[:w.n])
		return w.n, nil
	}
	w.b.Write(p)
	return len(p), nil
}

func writerTranscript(seed int64, useOurs bool) string {
	r := rand.New(rand.NewSource(seed))
	size := 1 + r.Intn(30)
	var sink strings.Builder
	var out strings.Builder
	type bw interface {
		Write([]byte) (int, error)
		WriteString(string) (int, error)
		WriteByte(byte) error
		WriteRune(rune) (int, error)
		Flush() error
		Available() int
		Buffered() int
	}
	var w bw
	if useOurs {
		w = ours.NewWriterSize(&sink, size)
	} else {
		w = realbufio.NewWriterSize(&sink, size)
	}
	for step := 0; step < 30; step++ {
		switch r.Intn(5) {
		case 0:
			n, err := w.Write([]byte(strings.Repeat("w", r.Intn(50))))
			fmt.Fprintf(&out, "W %d %s|", n, errText(err))
		case 1:
			n, err := w.WriteString(strings.Repeat("s", r.Intn(50)))
			fmt.Fprintf(&out, "WS %d %s|", n, errText(err))
		case 2:
			fmt.Fprintf(&out, "WB %s|", errText(w.WriteByte('b')))
		case 3:
			n, err := w.WriteRune([]rune{'r', 'é', '世'}[r.Intn(3)])
			fmt.Fprintf(&out, "WR %d %s|", n, errText(err))
		case 4:
			fmt.Fprintf(&out, "F %s|", errText(w.Flush()))
		}
		fmt.Fprintf(&out, "%d/%d/%d|", w.Available(), w.Buffered(), sink.Len())
	}
	w.Flush()
	return out.String() + sink.String()
}

func ioTranscript(seed int64, useOurs bool) string {
	r := rand.New(rand.NewSource(seed))
	in := randInput(r)
	var out strings.Builder
	src := func() realio.Reader { return &chunky{[]byte(in), rand.New(rand.NewSource(seed)), eofOf(useOurs)} }
	if useOurs {
		b, err := oursio.ReadAll(src())
		fmt.Fprintf(&out, "%q %s|", b, errText(err))
		var sb strings.Builder
		n, err := oursio.Copy(&sb, src())
		fmt.Fprintf(&out, "%d %s %q|", n, errText(err), sb.String())
		buf := make([]byte, r.Intn(20))
		k, err := oursio.ReadFull(src(), buf)
		fmt.Fprintf(&out, "%d %s|", k, errText(err))
		sw := &shortWriter{n: 3}
		n, err = oursio.Copy(sw, src())
		fmt.Fprintf(&out, "%d %s|", n, errText(err))
		lim := int64(r.Intn(30))
		sb.Reset()
		n, err = oursio.CopyN(&sb, src(), lim)
		fmt.Fprintf(&out, "%d %s %q|", n, errText(err), sb.String())
	} else {
		b, err := realio.ReadAll(src())
		fmt.Fprintf(&out, "%q %s|", b, errText(err))
		var sb strings.Builder
		n, err := realio.Copy(&sb, src())
		fmt.Fprintf(&out, "%d %s %q|", n, errText(err), sb.String())
		buf := make([]byte, r.Intn(20))
		k, err := realio.ReadFull(src(), buf)
		fmt.Fprintf(&out, "%d %s|", k, errText(err))
		sw := &shortWriter{n: 3}
		n, err = realio.Copy(sw, src())
		fmt.Fprintf(&out, "%d %s|", n, errText(err))
		lim := int64(r.Intn(30))
		sb.Reset()
		n, err = realio.CopyN(&sb, src(), lim)
		fmt.Fprintf(&out, "%d %s %q|", n, errText(err), sb.String())
	}
	return out.String()
}

func main() {
	cases, bad := 0, 0
	for _, t := range []struct {
		name string
		f    func(int64, bool) string
	}{{"Scanner", scanTranscript}, {"Reader", readerTranscript}, {"Writer", writerTranscript}, {"io", ioTranscript}} {
		for seed := int64(0); seed < 20000; seed++ {
			cases++
			a, b := t.f(seed, true), t.f(seed, false)
			if a != b {
				bad++
				if bad < 10 {
					fmt.Printf("MISMATCH %s seed %d\n   ours: %q\n    go: %q\n", t.name, seed, short(a), short(b))
				}
			}
		}
	}
	fmt.Printf("bufio/io: %d transcripts, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
