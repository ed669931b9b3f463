// IEEE 754 bit patterns: Float64bits and friends, Inf, NaN and the tests
// on them.

package math

import "unsafe"

const (
	signMask64 = 1 << 63
	expMask64  = 0x7FF
	expShift64 = 52
	expBias64  = 1023
	fracMask64 = 1<<expShift64 - 1
)

// Float64bits returns the IEEE 754 bits of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits returns the float64 whose IEEE 754 bits are b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits returns the IEEE 754 bits of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits returns the float32 whose IEEE 754 bits are b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf returns +Inf when sign >= 0 and -Inf when sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

// NaN returns a quiet "not a number" value.
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) bool { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask64 != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask64 | Float64bits(sign)&signMask64)
}

// Abs returns |x|; Abs(±Inf) = +Inf, Abs(NaN) = NaN.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask64) }
