// Float parsing: ParseFloat.
//
// Decimal input is read into an exact decimal (800 digits and a flag for
// anything non-zero beyond), scaled by powers of two into [2^63, 2^64), and
// the integer part plus a sticky bit is rounded once, ties to even, into the
// target format. Hexadecimal input already is such a mantissa.

package strconv

import "math"

// special recognizes inf, infinity (either with a sign) and nan, in any
// case, at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	sign, skip := 1, 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		skip = 1
		s = s[1:]
	}
	m := prefixFold(s, "infinity")
	if m == 8 || m >= 3 {
		if m != 8 {
			m = 3
		}
		return math.Inf(sign), skip + m, true
	}
	if skip == 0 && prefixFold(s, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// prefixFold returns how many leading bytes of s match word, ignoring case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// number is the syntax of a float literal, read from a string.
type number struct {
	neg    bool
	hex    bool
	mant   uint64 // hex: the first 16 digits; decimal: unused
	hexExp int    // hex: value = mant × 2^hexExp
	trunc  bool   // hex: digits after the first 16 were dropped (sticky)
	dec    decimal
	n      int // bytes consumed
}

// scan reads a decimal or hexadecimal float literal at the start of s
// (sign, digits with '.', exponent, underscores) and reports whether the
// syntax was right.
func scan(s string, x *number) bool {
	i := 0
	sawUnderscore := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		x.neg = s[i] == '-'
		i++
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		x.hex = true
		i += 2
	}
	x.dec.nd, x.dec.dp, x.dec.trunc = 0, 0, false
	sawDot, sawDigit := false, false
	nd, ndMant, dp := 0, 0, 0 // digits after leading zeros, digits in mant, point position
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			sawUnderscore = true
		case c == '.':
			if sawDot {
				break loop
			}
			sawDot = true
			dp = nd
		case '0' <= c && c <= '9' || base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawDigit = true
			if c == '0' && nd == 0 {
				dp-- // leading zeros only move the point
				continue
			}
			nd++
			if base == 16 {
				if ndMant < 16 {
					x.mant = x.mant<<4 + digitVal(c)
					ndMant++
				} else if c != '0' {
					x.trunc = true
				}
			} else if x.dec.nd < decCap {
				x.dec.d[x.dec.nd] = c
				x.dec.nd++
			} else if c != '0' {
				x.dec.trunc = true
			}
		default:
			break loop
		}
	}
	if !sawDigit {
		return false
	}
	if !sawDot {
		dp = nd
	}
	expChar := byte('e')
	if base == 16 {
		expChar = 'p'
	}
	e := 0
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				sawUnderscore = true
			} else if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		e *= esign
	} else if base == 16 {
		return false // hex floats need a p exponent
	}
	if base == 16 {
		x.hexExp = 4*(dp-ndMant) + e
	} else {
		x.dec.dp = dp + e
		x.dec.trim()
	}
	x.n = i
	if sawUnderscore && !underscoresOK(s[:i]) {
		return false
	}
	return true
}

// pack rounds (mant + a little, if sticky) × 2^exp to the nearest float of
// kind k, ties to even, and returns its bits (sign not included) and
// whether it overflowed to infinity.
func pack(mant uint64, exp int, sticky bool, k *floatKind) (bits uint64, overflow bool) {
	if mant == 0 {
		return 0, false
	}
	for mant>>63 == 0 {
		mant <<= 1
		exp--
	}
	top := exp + 63 // value is in [2^top, 2^(top+1))
	minExp := k.bias + 1
	maxExp := -k.bias
	keep := int(k.mantBits) + 1
	if top < minExp { // subnormal: fewer bits survive
		keep -= minExp - top
	}
	var m uint64
	var half, rest bool
	drop := 64 - keep
	switch {
	case drop < 64:
		m = mant >> uint(drop)
		half = mant>>uint(drop-1)&1 != 0
		rest = mant&(uint64(1)<<uint(drop-1)-1) != 0 || sticky
	case drop == 64:
		half = mant>>63 != 0
		rest = mant<<1 != 0 || sticky
	default:
		rest = true
	}
	q := exp + drop // value ≈ m × 2^q
	if half && (rest || m&1 != 0) {
		m++
		if m>>(k.mantBits+1) != 0 {
			m >>= 1
			q++
		}
	}
	if m == 0 {
		return 0, false
	}
	if m>>k.mantBits == 0 { // subnormal
		return m, false
	}
	e := q + int(k.mantBits) // unbiased exponent of the leading bit
	if e > maxExp {
		return (uint64(1)<<k.expBits - 1) << k.mantBits, true
	}
	return uint64(e-k.bias)<<k.mantBits | m&(uint64(1)<<k.mantBits-1), false
}

// decimalToFloat converts an exact decimal (plus its trunc flag) to bits.
func decimalToFloat(d *decimal, k *floatKind) (uint64, bool) {
	if d.nd == 0 {
		return 0, false
	}
	if d.dp > 400 {
		return (uint64(1)<<k.expBits - 1) << k.mantBits, true
	}
	if d.dp < -400 {
		return 0, false
	}
	// Scale d by 2^-e into [2^63, 2^64): first to [0.5, 1), then up 64.
	e := 0
	for d.dp > 1 {
		s := 3 * (d.dp - 1) // d >= 10^(dp-1) > 2^s
		if s > maxShift {
			s = maxShift
		}
		d.shift(-s)
		e += s
	}
	for d.dp > 0 {
		d.shift(-1)
		e++
	}
	for d.dp < 0 {
		s := 3 * -d.dp // d < 10^dp, and 8^-dp·10^dp < 1
		if s > maxShift {
			s = maxShift
		}
		d.shift(s)
		e -= s
	}
	for d.dp == 0 && d.d[0] < '5' {
		d.shift(1)
		e--
	}
	d.shift(64)
	e -= 64
	var m uint64
	for i := 0; i < d.dp; i++ {
		m = m*10 + uint64(d.digitOr0(i)-'0')
	}
	sticky := d.trunc || d.nd > d.dp
	return pack(m, e, sticky, k)
}

func (a *decimal) digitOr0(i int) byte {
	if i < a.nd {
		return a.d[i]
	}
	return '0'
}

// parseFloatPrefix parses the longest float literal at the start of s.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	const fn = "ParseFloat"
	if f, n, ok := special(s); ok {
		if bitSize == 32 {
			f = float64(float32(f))
		}
		return f, n, nil
	}
	x := new(number)
	if !scan(s, x) {
		return 0, x.n, syntaxErr(fn, s)
	}
	k := &float64Kind
	if bitSize == 32 {
		k = &float32Kind
	}
	var bits uint64
	var over bool
	if x.hex {
		bits, over = pack(x.mant, x.hexExp, x.trunc, k)
	} else {
		bits, over = decimalToFloat(&x.dec, k)
	}
	if x.neg {
		bits |= uint64(1) << (k.expBits + k.mantBits)
	}
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if over {
		return f, x.n, rangeErr(fn, s)
	}
	return f, x.n, nil
}

// ParseFloat converts s to a float64, rounded to nearest (ties to even) as
// a float32 when bitSize is 32 or a float64 otherwise. It accepts decimal
// and hexadecimal (0x...p...) literals with optional underscores, and
// "inf", "infinity", "nan" in any case. Out of range values give ±Inf and
// ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxErr("ParseFloat", s)
	}
	return f, err
}
