// Command gen prints the words of fourOverPi in trig.go: the binary expansion of
// 4/π, computed from Machin's formula with math/big (needs real Go:
// cd std/math && go run gen/main.go). gocc never builds it.
package main

import (
	"fmt"
	"math/big"
)

const prec = 1500

// atanInv returns atan(1/n) by its Taylor series.
func atanInv(n int64) *big.Float {
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec).Set(x)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -prec)
	for k := int64(0); ; k++ {
		t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		if t.Cmp(eps) < 0 {
			break
		}
		term.Mul(term, x2)
	}
	return sum
}

func main() {
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16).SetPrec(prec), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4).SetPrec(prec), atanInv(239)))
	v := new(big.Float).SetPrec(prec).Quo(big.NewFloat(4).SetPrec(prec), pi)
	// v = 1.xxxx; words: integer part, then 64-bit chunks of the fraction
	two64 := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), 64)
	for i := 0; i < 20; i++ {
		w, _ := v.Uint64()
		fmt.Printf("\t0x%016x,\n", w)
		v.Sub(v, new(big.Float).SetPrec(prec).SetUint64(w))
		v.Mul(v, two64)
	}
}
