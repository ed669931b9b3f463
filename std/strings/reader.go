// Reader: reading a string through the io interfaces.

package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a string. Its zero value reads an empty string.
type Reader struct {
	s       string
	pos     int
	runePos int // where the last ReadRune started, -1 if the last call was not ReadRune
}

// NewReader returns a Reader reading s.
func NewReader(s string) *Reader { return &Reader{s: s, runePos: -1} }

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int {
	if r.pos >= len(r.s) {
		return 0
	}
	return len(r.s) - r.pos
}

// Size returns the length of the whole string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) {
	r.s = s
	r.pos = 0
	r.runePos = -1
}

// Read copies the next bytes into b. At the end of the string it returns io.EOF.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	r.runePos = -1
	n = copy(b, r.s[r.pos:])
	r.pos += n
	return n, nil
}

// ReadByte returns the next byte, or io.EOF at the end.
func (r *Reader) ReadByte() (byte, error) {
	r.runePos = -1
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	c := r.s[r.pos]
	r.pos++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.runePos = -1
	r.pos--
	return nil
}

// ReadRune decodes the next rune; invalid UTF-8 gives (RuneError, 1).
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.pos >= len(r.s) {
		r.runePos = -1
		return 0, 0, io.EOF
	}
	r.runePos = r.pos
	if c := r.s[r.pos]; c < utf8.RuneSelf {
		r.pos++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += size
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous ReadRune returned.
func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.runePos < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos = r.runePos
	r.runePos = -1
	return nil
}

// Seek sets where the next read starts, relative to whence (io.SeekStart,
// io.SeekCurrent, io.SeekEnd), and returns the new absolute offset.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.runePos = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = int64(r.pos) + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.pos = int(abs)
	return abs, nil
}

// ReadAt copies bytes starting at offset off into b, without moving the
// read position. It returns io.EOF when fewer than len(b) bytes were left.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

// WriteTo writes the unread rest of the string to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.runePos = -1
	if r.pos >= len(r.s) {
		return 0, nil
	}
	rest := r.s[r.pos:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.pos += m
	n = int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}
