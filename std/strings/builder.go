// Builder: building a string piece by piece without copying it at the end.

package strings

import (
	"unicode/utf8"
	"unsafe"
)

// A Builder accumulates bytes and hands them out as a string without a copy.
// Its zero value is ready to use. Once written to, a Builder must not be
// copied: the copy would share the buffer whose bytes String already gave away.
type Builder struct {
	self *Builder // the Builder's own address once used, to detect copies
	buf  []byte
}

func (b *Builder) checkNotCopied() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string. Its bytes are never written again:
// later writes only append past them or move to a new buffer.
func (b *Builder) String() string {
	return *(*string)(unsafe.Pointer(&b.buf))
}

// Len returns the number of bytes accumulated.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder (and lets it be copied again).
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
func (b *Builder) Grow(n int) {
	b.checkNotCopied()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends p; it always succeeds.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it always succeeds.
func (b *Builder) WriteByte(c byte) error {
	b.checkNotCopied()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkNotCopied()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; it always succeeds.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
