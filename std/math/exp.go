// Exponentials and logarithms: Exp, Log, Log2, Log10, Pow.
//
// Exp and Log are the classic fdlibm algorithms (argument reduction by
// multiples of ln 2, then a minimax polynomial); Pow multiplies out the
// integer part of y by repeated squaring and uses Exp(yf·Log(x)) for the
// fraction.

package math

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2, upper part: k·ln2Hi is exact for |k| < 2^11
	ln2Lo = 1.90821492927058770002e-10 // ln 2 - ln2Hi
)

// Exp returns e^x. Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large x
// overflow to +Inf, very negative x underflow to 0.
func Exp(x float64) float64 {
	const (
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		tiny      = 0x1p-28
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	case -tiny < x && x < tiny:
		return 1 + x
	}
	// x = k·ln2 + r with |r| <= ln2/2; r is carried as hi - lo.
	var k int
	if x < 0 {
		k = int(log2e*x - 0.5)
	} else {
		k = int(log2e*x + 0.5)
	}
	hi := x - float64(k)*ln2Hi
	lo := float64(k) * ln2Lo
	return expReduced(hi, lo, k)
}

// expReduced returns e^(hi-lo) × 2^k for a reduced argument hi-lo.
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) = -Inf,
// Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	const (
		l1 = 6.666666666666735130e-01
		l2 = 3.999999999940941908e-01
		l3 = 2.857142874366239149e-01
		l4 = 2.222219843214978396e-01
		l5 = 1.818357216161805012e-01
		l6 = 1.531383769920937332e-01
		l7 = 1.479819860511658591e-01
	)
	switch {
	case x != x || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	// x = 2^k × (1+f) with sqrt(2)/2 <= 1+f < sqrt(2)
	m, ki := Frexp(x)
	if m < Sqrt2/2 {
		m *= 2
		ki--
	}
	f := m - 1
	k := float64(ki)
	// log(1+f) = 2s + 2/3 s^3 + 2/5 s^5 + ..., s = f/(2+f)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	odd := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	even := s4 * (l2 + s4*(l4+s4*l6))
	r := odd + even
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+r) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x; exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, with the special cases of IEEE 754 pow (Go's list):
// Pow(x, ±0) = 1 and Pow(1, y) = 1 for any y (even NaN); Pow(x, 1) = x;
// NaN in gives NaN out; powers of ±0 and ±Inf and of |x| vs 1 to ±Inf go
// to 0, 1 or ±Inf; a negative x to a non-integer power is NaN.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		case y > 0:
			if isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // (-Inf)**y = (-0)**-y
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 { // y is an even integer too big to loop over
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}
	// result = acc × 2^accExp; the fraction of y first, then yi by squaring.
	acc := 1.0
	accExp := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	base, baseExp := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if baseExp < -1<<12 || 1<<12 < baseExp {
			// the exponent alone will overflow or underflow; Ldexp settles it
			accExp += baseExp
			break
		}
		if i&1 == 1 {
			acc *= base
			accExp += baseExp
		}
		base *= base
		baseExp <<= 1
		if base < .5 {
			base += base
			baseExp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}
