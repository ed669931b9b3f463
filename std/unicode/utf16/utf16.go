// Package utf16 converts between code points and UTF-16: code points above
// U+FFFF are written as a surrogate pair, a high surrogate
// (0xD800 + the top ten bits of r-0x10000) then a low one (0xDC00 + the
// low ten bits).
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'
	surrogateMin    = 0xd800 // high surrogates: [0xd800, 0xdc00)
	lowMin          = 0xdc00 // low surrogates: [0xdc00, 0xe000)
	surrogateEnd    = 0xe000
	pairBase        = 0x10000
)

// IsSurrogate reports whether r is a UTF-16 surrogate.
func IsSurrogate(r rune) bool { return surrogateMin <= r && r < surrogateEnd }

// DecodeRune joins a high and a low surrogate; anything else gives U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if surrogateMin <= r1 && r1 < lowMin && lowMin <= r2 && r2 < surrogateEnd {
		return (r1-surrogateMin)<<10 | (r2 - lowMin) + pairBase
	}
	return replacementChar
}

// EncodeRune splits r into a surrogate pair; a rune that needs none (or is
// not valid) gives U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairBase || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= pairBase
	return surrogateMin + r>>10&0x3ff, lowMin + r&0x3ff
}

// Encode returns the UTF-16 encoding of s; invalid code points (negative,
// surrogates, above U+10FFFF) become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= pairBase {
			n++
		}
	}
	out := make([]uint16, 0, n)
	for _, r := range s {
		out = appendRune(out, r)
	}
	return out
}

// appendRune appends the UTF-16 encoding of r to a (U+FFFD if r is not a
// valid code point).
func appendRune(a []uint16, r rune) []uint16 {
	switch {
	case 0 <= r && r < surrogateMin, surrogateEnd <= r && r < pairBase:
		return append(a, uint16(r))
	case pairBase <= r && r <= maxRune:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode returns the code points of the UTF-16 text s; an unpaired
// surrogate becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		switch {
		case !IsSurrogate(c):
			out = append(out, c)
		case c < lowMin && i+1 < len(s) && lowMin <= rune(s[i+1]) && rune(s[i+1]) < surrogateEnd:
			out = append(out, DecodeRune(c, rune(s[i+1])))
			i++
		default:
			out = append(out, replacementChar)
		}
	}
	return out
}
