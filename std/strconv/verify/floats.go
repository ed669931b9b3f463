// Float part of the strconv differential test: FormatFloat in every format
// and precision on edge cases and a million random float64s (and float32s),
// ParseFloat on the results, on random junk, on long digit strings and on
// exact midpoints between neighbouring floats (computed with math/big).

package main

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	real "strconv"

	ours "gocc/strconv"
)

var fmts = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}

// oneFloat formats f every way in both packages, then parses the results back.
func oneFloat(f float64, r *rand.Rand, size int) {
	for _, c := range fmts {
		for _, p := range []int{-1, r.Intn(20), r.Intn(4)} {
			if c == 'f' && p > 0 && math.Abs(f) > 1e30 {
				p = r.Intn(3)
			}
			a := ours.FormatFloat(f, c, p, size)
			b := real.FormatFloat(f, c, p, size)
			check(fmt.Sprintf("FormatFloat(%b, %c, %d, %d)", f, c, p, size), a, b)
			if p == -1 && c != 'b' && c != 'X' {
				x, e1 := ours.ParseFloat(b, size)
				y, e2 := real.ParseFloat(b, size)
				check("ParseFloat("+b+")", fmt.Sprint(math.Float64bits(x), errText(e1)), fmt.Sprint(math.Float64bits(y), errText(e2)))
			}
		}
	}
}

func randFloat(r *rand.Rand) float64 {
	switch r.Intn(4) {
	case 0: // any bit pattern
		return math.Float64frombits(r.Uint64())
	case 1: // small integers and simple fractions
		return float64(r.Intn(2000000)-1000000) / float64([]int{1, 2, 4, 10, 100, 1000, 3}[r.Intn(7)])
	case 2: // near powers of two and ten
		var base float64
		if r.Intn(2) == 0 {
			base = math.Ldexp(1, r.Intn(2100)-1075)
		} else {
			base = math.Pow(10, float64(r.Intn(640)-320))
		}
		bits := math.Float64bits(base) + uint64(r.Intn(5)) - 2
		return math.Float64frombits(bits)
	}
	return r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
}

var floatPieces = []string{"0", "1", "5", "9", "00", "12345678901234567890", ".", "e", "E", "+", "-", "_", "p", "P",
	"0x", "0X", "a", "f", "inf", "Inf", "INFINITY", "nan", "NaN", "e308", "e-324", "e400", "e-400", "1e", "x", " ",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
	"4940656458412465441765687928682213723651e-363", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324"}

func rfloatStr(r *rand.Rand) string {
	s := ""
	for k := r.Intn(5); k >= 0; k-- {
		s += floatPieces[r.Intn(len(floatPieces))]
	}
	return s
}

func floats(r *rand.Rand) {
	edges := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e23, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308, math.Inf(1), math.Inf(-1),
		math.NaN(), 1 << 53, 1<<53 + 1, 123456789, 0.000001, 1e21, 1e20, 100, 1e-5, 1e-4, 123456, 1234567,
		float64(math.MaxFloat32), math.SmallestNonzeroFloat32, 3.4028235677973366e38, 0.3, 2.675, 1.005}
	for _, f := range edges {
		for p := -1; p < 30; p++ {
			for _, c := range fmts {
				for _, size := range []int{32, 64} {
					check(fmt.Sprintf("FormatFloat(%v, %c, %d, %d)", f, c, p, size), ours.FormatFloat(f, c, p, size), real.FormatFloat(f, c, p, size))
				}
			}
		}
	}
	for i := 0; i < 1000000; i++ {
		f := randFloat(r)
		oneFloat(f, r, 64)
		if i%4 == 0 {
			oneFloat(float64(float32(f)), r, 32)
		}
	}
	fmt.Printf("strconv after FormatFloat: %d cases, %d mismatches\n", cases, bad)
	for i := 0; i < 300000; i++ {
		s := rfloatStr(r)
		for _, size := range []int{32, 64} {
			x, e1 := ours.ParseFloat(s, size)
			y, e2 := real.ParseFloat(s, size)
			check(fmt.Sprintf("ParseFloat(%q, %d)", s, size), fmt.Sprint(math.Float64bits(x), errText(e1)), fmt.Sprint(math.Float64bits(y), errText(e2)))
		}
	}
	// random decimal strings with many digits, and numbers near halfway points
	digits := "0123456789"
	for i := 0; i < 300000; i++ {
		var b []byte
		for k := 1 + r.Intn(30); k > 0; k-- {
			b = append(b, digits[r.Intn(10)])
		}
		if r.Intn(2) == 0 {
			b = append(b, '.')
			for k := r.Intn(30); k > 0; k-- {
				b = append(b, digits[r.Intn(10)])
			}
		}
		s := string(b) + fmt.Sprintf("e%d", r.Intn(700)-350)
		if r.Intn(3) == 0 { // exact midpoint between two floats, maybe nudged
			f := randFloat(r)
			if f < 0 {
				f = -f
			}
			if math.IsInf(f, 0) || math.IsNaN(f) {
				f = 1
			}
			next := math.Nextafter(f, math.Inf(1))
			s = real.FormatFloat(f, 'e', 40, 64)
			if !math.IsInf(next, 0) {
				mid := bigMid(f, next)
				s = mid + []string{"", "1", "0000001", "e0"}[r.Intn(4)]
			}
		}
		for _, size := range []int{32, 64} {
			x, e1 := ours.ParseFloat(s, size)
			y, e2 := real.ParseFloat(s, size)
			check(fmt.Sprintf("ParseFloat(%q, %d)", s, size), fmt.Sprint(math.Float64bits(x), errText(e1)), fmt.Sprint(math.Float64bits(y), errText(e2)))
		}
		h := fmt.Sprintf("%x", randFloat(r))
		h2 := h[:len(h)/2] + "_"[:r.Intn(2)] + h[len(h)/2:]
		for _, hs := range []string{h, h2, real.FormatFloat(randFloat(r), 'x', r.Intn(20)-1, 64)} {
			for _, size := range []int{32, 64} {
				x, e1 := ours.ParseFloat(hs, size)
				y, e2 := real.ParseFloat(hs, size)
				check(fmt.Sprintf("ParseFloat(%q, %d)", hs, size), fmt.Sprint(math.Float64bits(x), errText(e1)), fmt.Sprint(math.Float64bits(y), errText(e2)))
			}
		}
	}
	p := func(f func()) (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		f()
		return
	}
	check("FormatFloat bad size", p(func() { ours.FormatFloat(1, 'g', -1, 16) }), p(func() { real.FormatFloat(1, 'g', -1, 16) }))
	check("FormatFloat bad fmt", ours.FormatFloat(1, 'z', -1, 64), real.FormatFloat(1, 'z', -1, 64))
	check("AppendFloat", string(ours.AppendFloat([]byte("x="), 1.5, 'g', -1, 64)), string(real.AppendFloat([]byte("x="), 1.5, 'g', -1, 64)))
}

// bigMid returns the exact decimal midpoint of two floats (math/big).
func bigMid(a, b float64) string {
	x := new(big.Float).SetPrec(200).SetFloat64(a)
	y := new(big.Float).SetPrec(200).SetFloat64(b)
	x.Add(x, y)
	x.Quo(x, big.NewFloat(2))
	return x.Text('e', 800)
}
