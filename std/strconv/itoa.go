// Integer formatting.

package strconv

const digits36 = "0123456789abcdefghijklmnopqrstuvwxyz"

// appendBits appends u (negated when neg) in base to dst.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [65]byte // 64 binary digits and a sign
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digits36[u%b]
		u /= b
	}
	i--
	buf[i] = digits36[u]
	if neg {
		i--
		buf[i] = '-'
	}
	return append(dst, buf[i:]...)
}

// FormatUint returns i in the given base (2 to 36), with lower-case letters.
func FormatUint(i uint64, base int) string { return string(appendBits(nil, i, base, false)) }

// FormatInt returns i in the given base (2 to 36), with lower-case letters.
func FormatInt(i int64, base int) string { return string(AppendInt(nil, i, base)) }

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, -uint64(i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return appendBits(dst, i, base, false) }
