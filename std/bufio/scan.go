// Scanner: splits a Reader's input into tokens (lines, words, runes, bytes
// or what a SplitFunc says) with a growing buffer up to a maximum token size.

package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
	"unsafe"
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

// MaxScanTokenSize is the default largest token a Scanner accepts.
const MaxScanTokenSize = 64 * 1024

const (
	firstBufSize = 4096
	maxEmpty     = 100 // reads or tokens in a row without progress
)

// SplitFunc finds the next token in data: how far to advance, the token
// (nil: none yet) and an error that stops the scan.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads tokens one Scan call at a time.
type Scanner struct {
	r        io.Reader
	split    SplitFunc
	maxSize  int
	token    []byte
	buf      []byte
	start    int // first unconsumed byte of buf
	end      int // end of the data in buf
	err      error
	empties  int
	started  bool
	finished bool
}

// NewScanner returns a Scanner reading r, split into lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err returns the first error other than io.EOF the scan met.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the last token; it may be overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the last token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the first buffer and the largest token size.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan advances to the next token; false when the input or an error ends it.
func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		if s.end > s.start || s.err != nil {
			adv, tok, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = tok
					s.finished = true
					return true
				}
				s.setErr(err)
				return false
			}
			if adv < 0 {
				s.setErr(ErrNegativeAdvance)
				return false
			}
			if adv > s.end-s.start {
				s.setErr(ErrAdvanceTooFar)
				return false
			}
			s.start += adv
			s.token = tok
			if tok != nil {
				if s.err == nil || adv > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxEmpty {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.read()
	}
}

// makeRoom moves the pending data to the front of the buffer, and grows
// the buffer when it is full.
func (s *Scanner) makeRoom() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end < len(s.buf) {
		return true
	}
	if len(s.buf) >= s.maxSize || len(s.buf) > int(^uint(0)>>1)/2 {
		s.setErr(ErrTooLong)
		return false
	}
	n := len(s.buf) * 2
	if n == 0 {
		n = firstBufSize
	}
	if n > s.maxSize {
		n = s.maxSize
	}
	nb := make([]byte, n)
	copy(nb, s.buf[s.start:s.end])
	s.end -= s.start
	s.start = 0
	s.buf = nb
	return true
}

// read fills the free end of the buffer with one successful Read.
func (s *Scanner) read() {
	for tries := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || len(s.buf)-s.end < n {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		tries++
		if tries > maxEmpty {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// indexByte returns the index of the first c in b, or -1. It tests eight
// bytes at a time (a word has a zero byte where w-0x01..01 borrows into a
// byte whose top bit w does not have), then finds the byte one by one.
func indexByte(b []byte, c byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i, n := 0, len(b)
	if n >= 8 {
		p := unsafe.Pointer(&b[0])
		pat := uint64(c) * ones
		for ; i+8 <= n; i += 8 {
			w := *(*uint64)(unsafe.Pointer(uintptr(p) + uintptr(i))) ^ pat
			if (w-ones)&^w&highs != 0 {
				break
			}
		}
	}
	for ; i < n; i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// ScanLines splits at '\n', dropping it and a '\r' before it; the last
// line may lack the newline.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := indexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func dropCR(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\r' {
		return b[:len(b)-1]
	}
	return b
}

// ScanBytes makes every byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var runeErrorBytes = []byte(string(utf8.RuneError))

// ScanRunes makes every UTF-8 rune a token (bad encodings become U+FFFD).
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, n := utf8.DecodeRune(data)
	if n > 1 {
		return n, data[0:n], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, runeErrorBytes, nil
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// ScanWords makes every run of non-space runes a token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, n := rune(data[start]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(data[start:])
		}
		if !isSpace(r) {
			break
		}
		start += n
	}
	for i := start; i < len(data); {
		r, n := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(data[i:])
		}
		if isSpace(r) {
			return i + n, data[start:i], nil
		}
		i += n
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
