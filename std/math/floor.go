// Exact functions: rounding to integers, splitting into fraction and
// exponent, remainders, Max/Min/Dim, Nextafter, Hypot. Every one of them
// returns the correctly rounded (here: exact) result, so they agree with Go
// bit for bit.

package math

// normalize scales a subnormal x by 2^52 so its exponent field is usable.
func normalize(x float64) (y float64, exp int) {
	if Abs(x) < 0x1p-1022 {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp splits f into a fraction in [½, 1) and a power of two: f = frac × 2^exp.
// Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0; Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	f, exp = normalize(f)
	b := Float64bits(f)
	exp += int(b>>expShift64&expMask64) - expBias64 + 1
	b = b&^(expMask64<<expShift64) | (expBias64-1)<<expShift64
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2^exp, correctly rounded (it is the inverse of Frexp).
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>expShift64&expMask64) - expBias64
	if exp < -1075 {
		return Copysign(0, frac) // below half the smallest subnormal
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	scale := 1.0
	if exp < -1022 { // subnormal result: build it 2^53 too big, then one rounding multiply
		exp += 53
		scale = 0x1p-53
	}
	b = b&^(expMask64<<expShift64) | uint64(exp+expBias64)<<expShift64
	return scale * Float64frombits(b)
}

// Modf splits f into integer and fractional parts with the sign of f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // keeps -0
		}
		return 0, f
	}
	b := Float64bits(f)
	e := uint(b>>expShift64&expMask64) - expBias64
	if e < 52 { // clear the fraction bits below the binary point
		b &^= 1<<(52-e) - 1
	}
	int = Float64frombits(b)
	return int, f - int
}

// Floor returns the greatest integer value <= x.
func Floor(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		d, fract := Modf(-x)
		if fract != 0 {
			d++
		}
		return -d
	}
	d, _ := Modf(x)
	return d
}

// Ceil returns the least integer value >= x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Trunc returns the integer part of x.
func Trunc(x float64) float64 {
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	d, _ := Modf(x)
	return d
}

// Round returns the nearest integer, halves away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>expShift64) & expMask64
	switch {
	case e < expBias64: // |x| < 1
		b &= signMask64
		if e == expBias64-1 { // |x| >= 0.5
			b |= uint64(expBias64) << expShift64 // ±1
		}
	case e < expBias64+52: // has fraction bits: add half a unit, cut the fraction
		e -= expBias64
		b += (1 << 51) >> e
		b &^= fracMask64 >> e
	}
	return Float64frombits(b)
}

// RoundToEven returns the nearest integer, halves to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>expShift64) & expMask64
	switch {
	case e >= expBias64:
		e -= expBias64
		if e < 52 {
			// add just under a half, plus the lowest integer bit: exact
			// halves then round up only from odd integers
			odd := b >> (52 - e) & 1
			b += ((1<<51 - 1) + odd) >> e
			b &^= fracMask64 >> e
		}
	case e == expBias64-1 && b&fracMask64 != 0: // 0.5 < |x| < 1
		b = b&signMask64 | uint64(expBias64)<<expShift64
	default:
		b &= signMask64
	}
	return Float64frombits(b)
}

// Mod returns the remainder of x/y, with the sign of x (exact).
// Mod(±Inf, y), Mod(NaN, y), Mod(x, 0), Mod(x, NaN) are NaN; Mod(x, ±Inf) = x.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := Abs(x)
	for r >= y {
		// subtract the largest y × 2^k that is <= r (exact)
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r -= Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Max returns the larger of x and y: +Inf if either is +Inf, else NaN if
// either is NaN; Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is -Inf, else NaN if
// either is NaN; Min(+0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns max(x-y, 0).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // also turns -0 into +0
	}
	return v
}

// Nextafter returns the next float64 after x towards y.
func Nextafter(x, y float64) float64 {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Hypot returns Sqrt(p*p + q*q) without needless overflow or underflow.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case p != p || q != q:
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q /= p
	return p * Sqrt(1+q*q)
}
