// Float formatting: FormatFloat and AppendFloat.
//
// The value is first turned into its exact decimal expansion (decimal.go);
// a fixed precision is then plain rounding, ties to even, and precision -1
// picks the fewest digits that still parse back to the same float (the
// midpoints to the neighbouring floats are exact decimals too, so "parses
// back" is a comparison).

package strconv

import "math"

// floatKind describes a binary floating-point format.
type floatKind struct {
	mantBits uint // stored fraction bits
	expBits  uint
	bias     int // unbiased exponent = stored exponent + bias (bias < 0)
}

var (
	float32Kind = floatKind{23, 8, -127}
	float64Kind = floatKind{52, 11, -1023}
)

// digitsOf is a decimal result: digits d[:nd] (ASCII), value 0.d × 10^dp.
type digitsOf struct {
	d      []byte
	nd, dp int
}

// FormatFloat formats f in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x' or
// 'X') with precision prec (digits after the point for 'e', 'f' and 'x',
// significant digits for 'g'; -1 means the fewest digits that read back
// exactly), treating f as a float32 when bitSize is 32.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var k *floatKind
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(f)))
		k = &float32Kind
	case 64:
		bits = math.Float64bits(f)
		k = &float64Kind
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(k.expBits+k.mantBits) != 0
	exp := int(bits>>k.mantBits) & (1<<k.expBits - 1)
	mant := bits & (uint64(1)<<k.mantBits - 1)
	switch exp {
	case 1<<k.expBits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp++ // subnormal: no hidden bit, same scale as the smallest normal
	default:
		mant |= uint64(1) << k.mantBits
	}
	exp += k.bias
	// value = mant × 2^(exp - mantBits)
	if fmt == 'b' {
		return appendBinary(dst, neg, mant, exp-int(k.mantBits))
	}
	if fmt == 'x' || fmt == 'X' {
		return appendHexFloat(dst, neg, mant, exp-int(k.mantBits), prec, fmt)
	}
	d := new(decimal)
	d.setUint(mant)
	d.shift(exp - int(k.mantBits))
	shortest := prec < 0
	if shortest {
		shortestDigits(d, mant, exp, k)
		switch fmt {
		case 'e', 'E':
			prec = d.nd - 1
		case 'f':
			prec = d.nd - d.dp
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	return layout(dst, neg, digitsOf{d.d[:], d.nd, d.dp}, prec, fmt, shortest)
}

// layout writes the rounded digits in format fmt.
func layout(dst []byte, neg bool, x digitsOf, prec int, fmt byte, shortest bool) []byte {
	switch fmt {
	case 'e', 'E':
		return appendExp(dst, neg, x, prec, fmt)
	case 'f':
		return appendFixed(dst, neg, x, prec)
	case 'g', 'G':
		// %e when the exponent is < -4 or >= the precision (6 when shortest;
		// never more than the digits there are, when they are all integral).
		limit := prec
		if limit > x.nd && x.nd >= x.dp {
			limit = x.nd
		}
		if shortest {
			limit = 6
		}
		if e := x.dp - 1; e < -4 || e >= limit {
			if prec > x.nd {
				prec = x.nd
			}
			return appendExp(dst, neg, x, prec-1, fmt+'e'-'g')
		}
		if prec > x.dp {
			prec = x.nd
		}
		p := prec - x.dp
		if p < 0 {
			p = 0
		}
		return appendFixed(dst, neg, x, p)
	}
	return append(dst, '%', fmt)
}

// digitAt returns digit i of x, '0' outside the stored ones.
func (x digitsOf) digitAt(i int) byte {
	if i >= 0 && i < x.nd {
		return x.d[i]
	}
	return '0'
}

// appendExp writes d.ddddde±XX with prec digits after the point.
func appendExp(dst []byte, neg bool, x digitsOf, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, x.digitAt(0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, x.digitAt(i))
		}
	}
	dst = append(dst, fmt)
	e := x.dp - 1
	if x.nd == 0 {
		e = 0
	}
	if e < 0 {
		dst = append(dst, '-')
		e = -e
	} else {
		dst = append(dst, '+')
	}
	if e >= 100 {
		dst = append(dst, byte('0'+e/100))
	}
	return append(dst, byte('0'+e/10%10), byte('0'+e%10))
}

// appendFixed writes ddd.ddd with prec digits after the point.
func appendFixed(dst []byte, neg bool, x digitsOf, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if x.dp > 0 {
		for i := 0; i < x.dp; i++ {
			dst = append(dst, x.digitAt(i))
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, x.digitAt(x.dp+i))
		}
	}
	return dst
}

// appendBinary writes mant p exp, the 'b' format: mant × 2^exp.
func appendBinary(dst []byte, neg bool, mant uint64, exp int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// shortestDigits shortens the exact decimal d of mant × 2^(exp-mantBits) to
// the fewest digits that lie strictly between the midpoints to the
// neighbouring floats (or on a midpoint when mant is even: ties round to
// even, so that midpoint still reads back as this float).
func shortestDigits(d *decimal, mant uint64, exp int, k *floatKind) {
	if mant == 0 {
		d.nd, d.dp = 0, 0
		return
	}
	e := exp - int(k.mantBits)
	hi := new(decimal)
	hi.setUint(2*mant + 1)
	hi.shift(e - 1)
	lo := new(decimal)
	minExp := k.bias + 1
	if mant > uint64(1)<<k.mantBits || exp == minExp {
		lo.setUint(2*mant - 1)
		lo.shift(e - 1)
	} else { // a power of two: the float below is closer
		lo.setUint(4*mant - 1)
		lo.shift(e - 2)
	}
	even := mant%2 == 0
	var t decimal
	for n := 0; n < d.nd; n++ {
		// t = d cut to n digits; is it still above lo?
		t.nd, t.dp, t.trunc = n, d.dp, false
		copy(t.d[:n], d.d[:n])
		t.trim()
		c := t.cmp(lo)
		downOK := c > 0 || c == 0 && even
		// t + one unit in digit n: still below hi?
		t.nd, t.dp = n+1, d.dp
		copy(t.d[:n+1], d.d[:n+1])
		t.roundUp(n)
		c = t.cmp(hi)
		upOK := c < 0 || c == 0 && even
		switch {
		case downOK && upOK:
			d.round(n)
			return
		case downOK:
			d.roundDown(n)
			return
		case upOK:
			d.roundUp(n)
			return
		}
	}
}

// appendHexFloat writes mant × 2^exp as 0x1.hhhhp±dd ('x') or 0X1.HHHHP±dd
// ('X'): a leading 1 (0 for zero), prec hex digits (all that are non-zero
// when prec < 0) rounded half to even, and the binary exponent.
func appendHexFloat(dst []byte, neg bool, mant uint64, exp int, prec int, fmt byte) []byte {
	const one = uint64(1) << 60 // the leading digit's place
	if mant == 0 {
		exp = 0
	} else {
		for mant < one { // normalize: leading 1 at bit 60
			mant <<= 1
			exp--
		}
		exp += 60 // value = 1.frac × 2^exp with frac the bits below 60
	}
	if prec >= 0 && prec < 15 {
		keep := uint(60 - 4*prec) // bits below the last kept hex digit
		dropped := mant & (uint64(1)<<keep - 1)
		half := uint64(1) << (keep - 1)
		mant >>= keep
		if dropped > half || dropped == half && mant&1 == 1 {
			mant++
		}
		mant <<= keep
		if mant&(one<<1) != 0 { // rounded up to 2.0
			mant >>= 1
			exp++
		}
	}
	digits := "0123456789abcdef"
	if fmt == 'X' {
		digits = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, byte('0'+mant>>60&1))
	frac := mant << 4 // the fraction's hex digits, from the top
	if prec < 0 && frac != 0 {
		dst = append(dst, '.')
		for ; frac != 0; frac <<= 4 {
			dst = append(dst, digits[frac>>60])
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	}
	if fmt == 'X' {
		dst = append(dst, 'P')
	} else {
		dst = append(dst, 'p')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}
