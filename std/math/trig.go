// Sin, Cos and Tan: Cephes polynomials on [0, π/4] after reducing the
// argument by multiples of π/4 — in three float steps (π/4 split into three
// parts) for |x| < 2^29, exactly with a 1280-bit 4/π (Payne–Hanek) above.

package math

var sinCoef = [...]float64{ // sin(z) ≈ z + z^3·P(z^2)
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [...]float64{ // cos(z) ≈ 1 - z^2/2 + z^4·Q(z^2)
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

var tanNum = [...]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var tanDen = [...]float64{ // leading coefficient 1
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

// π/4 = pi4a + pi4b + pi4c; pi4a and pi4b have few enough bits that y·pi4a
// and y·pi4b are exact for the y used below.
const (
	pi4a = 7.85398125648498535156e-1
	pi4b = 3.77489470793079817668e-8
	pi4c = 2.69515142907905952645e-15

	hugeArg = 1 << 29 // from here on, reduce with fourOverPi
)

// fourOverPi is 4/π in binary: word 0 the integer part, then 64 fraction
// bits per word (std/math/gen computes it).
var fourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// mul128 returns the 128-bit product of a and b as hi, lo.
func mul128(a, b uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	a0, a1 := a&m32, a>>32
	b0, b1 := b&m32, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1 := t&m32 + a0*b1
	hi = a1*b1 + t>>32 + w1>>32
	return hi, a * b
}

func leadingZeros(x uint64) uint {
	n := uint(0)
	for x&(1<<63) == 0 && n < 64 {
		x <<= 1
		n++
	}
	return n
}

// reduceHuge returns the octant j (0..7, always even) and the remainder z
// in [-π/4, π/4] with x = (j + z/(π/4)) × π/4 modulo 2π, for x >= hugeArg,
// using the bits of 4/π that matter for this x.
func reduceHuge(x float64) (j uint64, z float64) {
	b := Float64bits(x)
	exp := int(b>>expShift64&expMask64) - expBias64 - 52
	m := b&fracMask64 | 1<<expShift64 // x = m × 2^exp
	// Take the 192 bits of 4/π starting where x·(4/π) has its units bit
	// near bit 64+61 of the product window.
	word, shift := uint(exp+61)/64, uint(exp+61)%64
	w0 := fourOverPi[word]<<shift | fourOverPi[word+1]>>(64-shift)
	w1 := fourOverPi[word+1]<<shift | fourOverPi[word+2]>>(64-shift)
	w2 := fourOverPi[word+2]<<shift | fourOverPi[word+3]>>(64-shift)
	// product = m × (w0,w1,w2), keep the top 128 bits of its low 192
	p2hi, _ := mul128(w2, m)
	p1hi, p1lo := mul128(w1, m)
	lo := p1lo + p2hi
	carry := uint64(0)
	if lo < p1lo {
		carry = 1
	}
	hi := w0*m + p1hi + carry
	// top 3 bits: octant; the rest: fraction of an octant
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := leadingZeros(hi)
	e := uint64(expBias64 - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - 52
	z = Float64frombits(hi | e<<52)
	if j&1 == 1 {
		j = (j + 1) & 7
		z--
	}
	return j, z * (Pi / 4)
}

// octant reduces x >= 0 to an even octant number j (mod 8) and z with
// x ≈ j·π/4 + z, |z| <= π/4.
func octant(x float64) (j uint64, z float64) {
	if x >= hugeArg {
		return reduceHuge(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*pi4a) - y*pi4b) - y*pi4c
}

// sinPoly and cosPoly evaluate the Cephes approximations on |z| <= π/4.
func sinPoly(z float64) float64 {
	zz := z * z
	p := sinCoef[0]
	for _, c := range sinCoef[1:] {
		p = p*zz + c
	}
	return z + z*zz*p
}

func cosPoly(z float64) float64 {
	zz := z * z
	p := cosCoef[0]
	for _, c := range cosCoef[1:] {
		p = p*zz + c
	}
	return 1.0 - 0.5*zz + zz*zz*p
}

// Sin returns the sine of x (radians). Sin(±0) = ±0, Sin(±Inf) = NaN.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x)
	if j > 3 { // second half turn: sin(x+π) = -sin(x)
		neg = !neg
		j -= 4
	}
	var y float64
	if j == 2 {
		y = cosPoly(z)
	} else {
		y = sinPoly(z)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of x (radians). Cos(±Inf) = NaN.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	j, z := octant(x)
	neg := false
	if j > 3 {
		neg = true
		j -= 4
	}
	if j > 1 {
		neg = !neg
	}
	var y float64
	if j == 2 {
		y = sinPoly(z)
	} else {
		y = cosPoly(z)
	}
	if neg {
		y = -y
	}
	return y
}

// Tan returns the tangent of x (radians). Tan(±0) = ±0, Tan(±Inf) = NaN.
func Tan(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x)
	zz := z * z
	y := z
	if zz > 1e-14 {
		num := tanNum[0]*zz + tanNum[1]
		num = num*zz + tanNum[2]
		den := zz + tanDen[0]
		for _, c := range tanDen[1:] {
			den = den*zz + c
		}
		y = z + z*(zz*num/den)
	}
	if j&2 == 2 { // tan(x + π/2) = -1/tan(x)
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}
