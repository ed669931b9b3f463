// Package utf8 encodes and decodes runes as UTF-8 byte sequences.
//
// gocc's version of Go's unicode/utf8. Decoding follows the Unicode rules Go
// follows: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
// U+10FFFF; every bad sequence decodes as (RuneError, 1).
package utf8

const (
	RuneError = '\uFFFD'     // returned for invalid input; encodes as EF BF BD
	RuneSelf  = 0x80         // runes below this are one byte, the same as ASCII
	MaxRune   = '\U0010FFFF' // largest valid code point
	UTFMax    = 4            // most bytes one rune can take
)

const (
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
)

// seqInfo describes what a leading byte promises: the length of the sequence
// and the allowed range of the second byte (the first continuation byte is the
// one that rules out overlong forms, surrogates and values past MaxRune).
type seqInfo struct {
	size   int
	lo, hi byte
}

// lead classifies leading byte b; size 0 means b can never start a sequence.
func lead(b byte) seqInfo {
	switch {
	case b < 0x80:
		return seqInfo{1, 0, 0}
	case b < 0xC2:
		return seqInfo{0, 0, 0} // continuation byte or overlong 2-byte lead
	case b < 0xE0:
		return seqInfo{2, 0x80, 0xBF}
	case b == 0xE0:
		return seqInfo{3, 0xA0, 0xBF}
	case b == 0xED:
		return seqInfo{3, 0x80, 0x9F}
	case b < 0xF0:
		return seqInfo{3, 0x80, 0xBF}
	case b == 0xF0:
		return seqInfo{4, 0x90, 0xBF}
	case b < 0xF4:
		return seqInfo{4, 0x80, 0xBF}
	case b == 0xF4:
		return seqInfo{4, 0x80, 0x8F}
	}
	return seqInfo{0, 0, 0}
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// decodeAt decodes the rune starting at p[0] of a sequence whose bytes are
// given by at(i) for i < n. Shared by the []byte and string forms.
func decode(n int, at func(int) byte) (rune, int) {
	if n == 0 {
		return RuneError, 0
	}
	b0 := at(0)
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	in := lead(b0)
	if in.size == 0 || n < 2 {
		return RuneError, 1
	}
	b1 := at(1)
	if b1 < in.lo || b1 > in.hi {
		return RuneError, 1
	}
	if in.size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	if n < 3 || !isCont(at(2)) {
		return RuneError, 1
	}
	b2 := at(2)
	if in.size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	if n < 4 || !isCont(at(3)) {
		return RuneError, 1
	}
	b3 := at(3)
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRune decodes the first rune of p and returns it with its width in
// bytes. Empty p gives (RuneError, 0); an invalid encoding gives (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return decode(len(p), func(i int) byte { return p[i] })
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(len(s), func(i int) byte { return s[i] })
}

// lastStart finds where the last rune of a sequence of n bytes may begin: the
// last non-continuation byte among the final UTFMax bytes (or n-1 if none).
func lastStart(n int, at func(int) byte) int {
	lim := n - UTFMax
	if lim < 0 {
		lim = 0
	}
	for i := n - 1; i >= lim; i-- {
		if !isCont(at(i)) {
			return i
		}
	}
	return lim
}

// DecodeLastRune decodes the last rune of p and returns it with its width.
// Empty p gives (RuneError, 0); an invalid encoding gives (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[n-1] < RuneSelf {
		return rune(p[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return p[i] })
	r, size = DecodeRune(p[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[n-1] < RuneSelf {
		return rune(s[n-1]), 1
	}
	start := lastStart(n, func(i int) byte { return s[i] })
	r, size = DecodeRuneInString(s[start:])
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns how many bytes r takes in UTF-8, or -1 when r is not a
// valid code point (negative, a surrogate, or past MaxRune).
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= surrogateLo && r <= surrogateHi:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// encode writes r (already replaced by RuneError if invalid) into b and
// returns the number of bytes used; b has room for UTFMax bytes.
func encode(b *[UTFMax]byte, r rune) int {
	if uint32(r) > MaxRune || (r >= surrogateLo && r <= surrogateHi) {
		r = RuneError
	}
	switch {
	case r < 0x80:
		b[0] = byte(r)
		return 1
	case r < 0x800:
		b[0] = 0xC0 | byte(r>>6)
		b[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		b[0] = 0xE0 | byte(r>>12)
		b[1] = 0x80 | byte(r>>6)&0x3F
		b[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	b[0] = 0xF0 | byte(r>>18)
	b[1] = 0x80 | byte(r>>12)&0x3F
	b[2] = 0x80 | byte(r>>6)&0x3F
	b[3] = 0x80 | byte(r)&0x3F
	return 4
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written. Invalid runes are written
// as RuneError.
func EncodeRune(p []byte, r rune) int {
	var b [UTFMax]byte
	n := encode(&b, r)
	_ = p[n-1] // panic like Go when p is too short
	copy(p, b[:n])
	return n
}

// AppendRune appends the UTF-8 encoding of r to p and returns the result.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var b [UTFMax]byte
	n := encode(&b, r)
	return append(p, b[:n]...)
}

// RuneCount returns the number of runes in p; each invalid byte counts as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune
// (that is, b is not a continuation byte).
func RuneStart(b byte) bool { return !isCont(b) }

// fullLen reports whether the n bytes given by at form at least one complete
// sequence or an invalid one (anything that is not a valid prefix).
func full(n int, at func(int) byte) bool {
	if n == 0 {
		return false
	}
	in := lead(at(0))
	if in.size == 0 || n >= in.size {
		return true
	}
	// A short sequence is only "not full" while it is still a valid prefix.
	if n > 1 && (at(1) < in.lo || at(1) > in.hi) {
		return true
	}
	if n > 2 && !isCont(at(2)) {
		return true
	}
	return false
}

// FullRune reports whether p begins with a complete encoding of a rune (an
// invalid encoding counts as complete: it decodes as a width-1 error).
func FullRune(p []byte) bool { return full(len(p), func(i int) byte { return p[i] }) }

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool { return full(len(s), func(i int) byte { return s[i] }) }

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be encoded: a code point in range that is
// not a surrogate.
func ValidRune(r rune) bool {
	switch {
	case r < 0:
		return false
	case r >= surrogateLo && r <= surrogateHi:
		return false
	}
	return r <= MaxRune
}
