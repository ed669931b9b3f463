// Inverse trigonometric functions: Atan, Asin, Acos, Atan2 (Cephes: a
// rational approximation of atan on [0, 0.66], and identities elsewhere).

package math

// atanCore is atan(x) for 0 <= x <= 0.66.
func atanCore(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// atanPos is atan(x) for x >= 0, using atan(x) = π/2 - atan(1/x) for large x
// and atan(x) = π/4 + atan((x-1)/(x+1)) in between.
func atanPos(x float64) float64 {
	const (
		pio2Lo   = 6.123233995736765886130e-17 // π/2 - float64(π/2)
		tan3pio8 = 2.41421356237309504880      // tan(3π/8)
	)
	if x <= 0.66 {
		return atanCore(x)
	}
	if x > tan3pio8 {
		return Pi/2 - atanCore(1/x) + pio2Lo
	}
	return Pi/4 + atanCore((x-1)/(x+1)) + 0.5*pio2Lo
}

// Atan returns the arctangent of x in radians. Atan(±0) = ±0, Atan(±Inf) = ±π/2.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPos(x)
	}
	return -atanPos(-x)
}

// Asin returns the arcsine of x in radians. Asin(±0) = ±0, Asin(|x| > 1) = NaN.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	c := Sqrt(1 - x*x) // cos of the angle
	var a float64
	if x > 0.7 {
		a = Pi/2 - atanPos(c/x)
	} else {
		a = atanPos(x / c)
	}
	if neg {
		a = -a
	}
	return a
}

// Acos returns the arccosine of x in radians. Acos(|x| > 1) = NaN.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arctangent of y/x in (-π, π], using the signs of both
// to pick the quadrant, with IEEE 754's special cases for zeros and infinities.
func Atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}
