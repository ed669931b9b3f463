// Package bits counts, rotates and reverses the bits of unsigned integers
// and does full-width arithmetic (carries, 128-bit products and quotients).
// Plain Go with table lookups; gocc has no intrinsics for these yet.
package bits

import _ "unsafe" // for go:linkname

// UintSize is the size of a uint in bits.
const UintSize = 64

// ---- counting leading and trailing zeros, and bit lengths ----

// Len64 returns the number of bits needed to represent x (0 for 0).
func Len64(x uint64) int {
	n := 0
	for _, step := range [...]uint{32, 16, 8} {
		if x >= 1<<step {
			x >>= step
			n += int(step)
		}
	}
	return n + int(byteLen[x])
}

func Len32(x uint32) int { return Len64(uint64(x)) }
func Len16(x uint16) int { return Len64(uint64(x)) }
func Len8(x uint8) int   { return int(byteLen[x]) }
func Len(x uint) int     { return Len64(uint64(x)) }

func LeadingZeros64(x uint64) int { return 64 - Len64(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros(x uint) int     { return UintSize - Len(x) }

// TrailingZeros64 returns the number of zero bits below the lowest set bit
// (64 for 0): the lowest set bit, isolated, has Len64 = position + 1.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return Len64(x&-x) - 1
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// ---- population count ----

// OnesCount64 counts set bits by summing ever wider fields in parallel.
func OnesCount64(x uint64) int {
	x -= x >> 1 & 0x5555555555555555                   // 2-bit sums
	x = x&0x3333333333333333 + x>>2&0x3333333333333333 // 4-bit sums
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f                // 8-bit sums
	return int(x * 0x0101010101010101 >> 56)           // add the bytes
}

func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }

// ---- rotation ----

// RotateLeft64 rotates x left by k bits; a negative k rotates right.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// ---- reversal ----

// ReverseBytes64 swaps the byte order by exchanging ever wider halves.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00ff00ff00ff00ff | x&0x00ff00ff00ff00ff<<8
	x = x>>16&0x0000ffff0000ffff | x&0x0000ffff0000ffff<<16
	return x>>32 | x<<32
}

func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }

// Reverse64 reverses the bit order: bits within bytes, then the bytes.
func Reverse64(x uint64) uint64 {
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return ReverseBytes64(x)
}

func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }

// ---- arithmetic with carries ----

// Add64 returns x+y+carry and the carry out (carry must be 0 or 1).
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// a carry left the top bit if both tops were set, or either was
	// set and the sum's top is clear
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub64 returns x-y-borrow and the borrow out (borrow must be 0 or 1).
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(d), uint32(d>>32) & 1
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Mul64 returns the 128-bit product of x and y as (hi, lo), from the four
// products of their 32-bit halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	const low32 = 1<<32 - 1
	xl, xh := x&low32, x>>32
	yl, yh := y&low32, y>>32
	ll := xl * yl
	mid1 := xh*yl + ll>>32
	mid2 := xl*yh + mid1&low32
	hi = xh*yh + mid1>>32 + mid2>>32
	lo = x * y
	return
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// The run-time errors Div panics with (runtime.Error values, as in Go).
//
//go:linkname panicDivide runtime.panicdivide
func panicDivide()

//go:linkname panicOverflow runtime.panicoverflow
func panicOverflow()

// Div64 divides the 128-bit (hi, lo) by y; y must be non-zero and greater
// than hi so that the quotient fits in 64 bits. It runs the schoolbook
// long division one bit at a time.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panicDivide()
	}
	if y <= hi {
		panicOverflow()
	}
	for i := 0; i < 64; i++ {
		top := hi >> 63 // the bit shifted out of the 128-bit remainder
		hi = hi<<1 | lo>>63
		lo <<= 1
		quo <<= 1
		if top != 0 || hi >= y {
			hi -= y
			quo |= 1
		}
	}
	return quo, hi
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	n := uint64(hi)<<32 | uint64(lo)
	if y == 0 {
		panicDivide()
	}
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Rem64 returns (hi, lo) mod y without the overflow restriction of Div64.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// byteLen[b] is Len8(b).
var byteLen = [256]uint8{}

func init() {
	for b := 1; b < 256; b++ {
		byteLen[b] = byteLen[b/2] + 1
	}
}
