// Square root.

package math

// Sqrt returns the square root of x (correctly rounded):
// Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
// It is one SQRTSD instruction (sqrt_amd64.s).
func Sqrt(x float64) float64

// sqrtSoft is Sqrt in portable Go, bit by bit (for a port without a square
// root instruction; std/math/verify checks it against Sqrt).
func sqrtSoft(x float64) float64 {
	switch {
	case x == 0 || x != x || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	b := Float64bits(x)
	exp := int(b >> expShift64 & expMask64)
	if exp == 0 { // subnormal: shift the leading 1 up to the hidden bit
		for b&(1<<expShift64) == 0 {
			b <<= 1
			exp--
		}
		exp++
	}
	exp -= expBias64
	m := b&fracMask64 | 1<<expShift64 // 1.f × 2^52
	if exp&1 != 0 {                   // make the exponent even
		m <<= 1
	}
	exp >>= 1
	// Square root of m (a 54-bit number scaled by 2^52), one bit at a time.
	m <<= 1
	var q, s uint64
	for bit := uint64(1) << (expShift64 + 1); bit != 0; bit >>= 1 {
		t := s + bit
		if t <= m {
			s = t + bit
			m -= t
			q += bit
		}
		m <<= 1
	}
	if m != 0 { // remainder left: round to nearest (a tie is impossible)
		q += q & 1
	}
	return Float64frombits(q>>1 + uint64(exp-1+expBias64)<<expShift64)
}
