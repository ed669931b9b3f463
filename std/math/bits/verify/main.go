// Differential test of gocc/math/bits against Go's math/bits (needs real
// Go: sh std/verify.sh math/bits). Every function runs on edge values and
// random ones of each width; the panics of Div are compared by message.
package main

import (
	"fmt"
	"math/bits"
	"math/rand"
	"os"

	ours "gocc/math/bits"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%v", a), fmt.Sprintf("%v", b)
	if x != y {
		bad++
		if bad < 30 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

func values() []uint64 {
	v := []uint64{0, 1, 2, 3, 7, 8, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 1 << 31, 1<<32 - 1, 1 << 32,
		1<<63 - 1, 1 << 63, 1<<64 - 1, 0x0123456789abcdef, 0xfedcba9876543210}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 100000; i++ {
		v = append(v, r.Uint64()>>uint(r.Intn(64)))
	}
	return v
}

// catch runs f and returns its results or the panic's message.
func catch(f func() (uint64, uint64)) string {
	var msg string
	func() {
		defer func() {
			if e := recover(); e != nil {
				msg = fmt.Sprint("panic: ", e)
			}
		}()
		q, r := f()
		msg = fmt.Sprint(q, r)
	}()
	return msg
}

func main() {
	vs := values()
	for i, x := range vs {
		y := vs[(i*7+3)%len(vs)]
		z := vs[(i*13+5)%len(vs)]
		k := int(y%200) - 100
		w := fmt.Sprint(x, " ", y)
		check("Len "+w, [5]int{ours.Len(uint(x)), ours.Len64(x), ours.Len32(uint32(x)), ours.Len16(uint16(x)), ours.Len8(uint8(x))},
			[5]int{bits.Len(uint(x)), bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x))})
		check("LeadingZeros "+w, [5]int{ours.LeadingZeros(uint(x)), ours.LeadingZeros64(x), ours.LeadingZeros32(uint32(x)), ours.LeadingZeros16(uint16(x)), ours.LeadingZeros8(uint8(x))},
			[5]int{bits.LeadingZeros(uint(x)), bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x))})
		check("TrailingZeros "+w, [5]int{ours.TrailingZeros(uint(x)), ours.TrailingZeros64(x), ours.TrailingZeros32(uint32(x)), ours.TrailingZeros16(uint16(x)), ours.TrailingZeros8(uint8(x))},
			[5]int{bits.TrailingZeros(uint(x)), bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x))})
		check("OnesCount "+w, [5]int{ours.OnesCount(uint(x)), ours.OnesCount64(x), ours.OnesCount32(uint32(x)), ours.OnesCount16(uint16(x)), ours.OnesCount8(uint8(x))},
			[5]int{bits.OnesCount(uint(x)), bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x))})
		check(fmt.Sprint("RotateLeft ", w, k), [5]uint64{uint64(ours.RotateLeft(uint(x), k)), ours.RotateLeft64(x, k), uint64(ours.RotateLeft32(uint32(x), k)), uint64(ours.RotateLeft16(uint16(x), k)), uint64(ours.RotateLeft8(uint8(x), k))},
			[5]uint64{uint64(bits.RotateLeft(uint(x), k)), bits.RotateLeft64(x, k), uint64(bits.RotateLeft32(uint32(x), k)), uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft8(uint8(x), k))})
		check("Reverse "+w, [5]uint64{uint64(ours.Reverse(uint(x))), ours.Reverse64(x), uint64(ours.Reverse32(uint32(x))), uint64(ours.Reverse16(uint16(x))), uint64(ours.Reverse8(uint8(x)))},
			[5]uint64{uint64(bits.Reverse(uint(x))), bits.Reverse64(x), uint64(bits.Reverse32(uint32(x))), uint64(bits.Reverse16(uint16(x))), uint64(bits.Reverse8(uint8(x)))})
		check("ReverseBytes "+w, [4]uint64{uint64(ours.ReverseBytes(uint(x))), ours.ReverseBytes64(x), uint64(ours.ReverseBytes32(uint32(x))), uint64(ours.ReverseBytes16(uint16(x)))},
			[4]uint64{uint64(bits.ReverseBytes(uint(x))), bits.ReverseBytes64(x), uint64(bits.ReverseBytes32(uint32(x))), uint64(bits.ReverseBytes16(uint16(x)))})
		for c := uint64(0); c < 2; c++ {
			s1, c1 := ours.Add64(x, y, c)
			s2, c2 := bits.Add64(x, y, c)
			check(fmt.Sprint("Add64 ", w, c), [2]uint64{s1, c1}, [2]uint64{s2, c2})
			d1, b1 := ours.Sub64(x, y, c)
			d2, b2 := bits.Sub64(x, y, c)
			check(fmt.Sprint("Sub64 ", w, c), [2]uint64{d1, b1}, [2]uint64{d2, b2})
			t1, e1 := ours.Add32(uint32(x), uint32(y), uint32(c))
			t2, e2 := bits.Add32(uint32(x), uint32(y), uint32(c))
			check(fmt.Sprint("Add32 ", w, c), [2]uint32{t1, e1}, [2]uint32{t2, e2})
			u1, f1 := ours.Sub32(uint32(x), uint32(y), uint32(c))
			u2, f2 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			check(fmt.Sprint("Sub32 ", w, c), [2]uint32{u1, f1}, [2]uint32{u2, f2})
		}
		h1, l1 := ours.Mul64(x, y)
		h2, l2 := bits.Mul64(x, y)
		check("Mul64 "+w, [2]uint64{h1, l1}, [2]uint64{h2, l2})
		m1, n1 := ours.Mul32(uint32(x), uint32(y))
		m2, n2 := bits.Mul32(uint32(x), uint32(y))
		check("Mul32 "+w, [2]uint32{m1, n1}, [2]uint32{m2, n2})
		for _, d := range []uint64{z, y | 1<<63, 0} {
			hi := x
			if i%2 == 0 && d != 0 {
				hi = x % d
			}
			dw := fmt.Sprint(w, " ", z, " ", d)
			check("Div64 "+dw, catch(func() (uint64, uint64) { return ours.Div64(hi, y, d) }),
				catch(func() (uint64, uint64) { return bits.Div64(hi, y, d) }))
			check("Div32 "+dw, catch(func() (uint64, uint64) {
				q, r := ours.Div32(uint32(hi), uint32(y), uint32(d))
				return uint64(q), uint64(r)
			}), catch(func() (uint64, uint64) {
				q, r := bits.Div32(uint32(hi), uint32(y), uint32(d))
				return uint64(q), uint64(r)
			}))
			check("Rem64 "+dw, catch(func() (uint64, uint64) { return ours.Rem64(x, y, d), 0 }),
				catch(func() (uint64, uint64) { return bits.Rem64(x, y, d), 0 }))
			check("Rem32 "+dw, catch(func() (uint64, uint64) { return uint64(ours.Rem32(uint32(x), uint32(y), uint32(d))), 0 }),
				catch(func() (uint64, uint64) { return uint64(bits.Rem32(uint32(x), uint32(y), uint32(d))), 0 }))
		}
	}
	check("UintSize", ours.UintSize, bits.UintSize)
	fmt.Printf("math/bits: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
