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

// decode decodes the rune at the start of b, whose first n bytes (n >= 1,
// at most UTFMax of them copied into b) are the input. The []byte and
// string functions both copy their first bytes into such an array, so they
// share this code without a closure or a conversion.
func decode(b *[UTFMax]byte, n int) (rune, int) {
	b0 := b[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	in := lead(b0)
	if in.size == 0 || n < 2 || b[1] < in.lo || b[1] > in.hi {
		return RuneError, 1
	}
	if in.size == 2 {
		return rune(b0&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	if n < 3 || !isCont(b[2]) {
		return RuneError, 1
	}
	if in.size == 3 {
		return rune(b0&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	}
	if n < 4 || !isCont(b[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b[1]&0x3F)<<12 | rune(b[2]&0x3F)<<6 | rune(b[3]&0x3F), 4
}

// DecodeRune decodes the first rune of p and returns it with its width in
// bytes. Empty p gives (RuneError, 0); an invalid encoding gives (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	var b [UTFMax]byte
	return decode(&b, copy(b[:], p))
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b [UTFMax]byte
	return decode(&b, copy(b[:], s))
}

// lastStart finds where the last rune of the final bytes b[:n] (the last
// UTFMax bytes of the input at most) may begin: the last byte that is not a
// continuation byte, or 0 if there is none.
func lastStart(b *[UTFMax]byte, n int) int {
	for i := n - 1; i > 0; i-- {
		if !isCont(b[i]) {
			return i
		}
	}
	return 0
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
	var b [UTFMax]byte
	return decodeLast(&b, copy(b[:], p[max0(n-UTFMax):]))
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
	var b [UTFMax]byte
	return decodeLast(&b, copy(b[:], s[max0(n-UTFMax):]))
}

func max0(i int) int {
	if i < 0 {
		return 0
	}
	return i
}

// decodeLast decodes the rune ending at b[n-1], given the last n bytes.
func decodeLast(b *[UTFMax]byte, n int) (rune, int) {
	start := lastStart(b, n)
	var rest [UTFMax]byte
	m := copy(rest[:], b[start:n])
	r, size := decode(&rest, m)
	if size != m {
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

// full reports whether the first n bytes in b form at least one complete
// sequence or an invalid one (anything that is not a valid prefix).
func full(b *[UTFMax]byte, n int) bool {
	if n == 0 {
		return false
	}
	in := lead(b[0])
	if in.size == 0 || n >= in.size {
		return true
	}
	// A short sequence is only "not full" while it is still a valid prefix.
	if n > 1 && (b[1] < in.lo || b[1] > in.hi) {
		return true
	}
	if n > 2 && !isCont(b[2]) {
		return true
	}
	return false
}

// FullRune reports whether p begins with a complete encoding of a rune (an
// invalid encoding counts as complete: it decodes as a width-1 error).
func FullRune(p []byte) bool {
	var b [UTFMax]byte
	return full(&b, copy(b[:], p))
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	var b [UTFMax]byte
	return full(&b, copy(b[:], s))
}

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
