package main

import "math"

func main() {
	xs := []float64{0, -0.0, 0.5, -1.5, 2.5, 3.7, -3.7, 1e20, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0))
	}
	println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1), math.Sqrt(math.Inf(1)), math.Hypot(3, 4), math.Hypot(1e300, 1e300))
	println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, -2), math.Mod(1, 0), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	println(math.Exp(0), math.Exp(1), math.Exp(-1), math.Exp(710), math.Exp(-746), math.Log(1), math.Log(math.E), math.Log(0), math.Log(-1))
	println(math.Log2(8), math.Log2(10), math.Log10(1000), math.Log10(2), math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(9, 0.5), math.Pow(-2, 3))
	println(math.Sin(0), math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Sin(1e10), math.Cos(1e300), math.Sin(math.Inf(1)))
	println(math.Atan(1), math.Atan2(1, -1), math.Atan2(-0.0, -1), math.Asin(0.5), math.Acos(0.5), math.Asin(2), math.Atan(math.Inf(-1)))
	println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32, math.MaxInt8, uint64(math.MaxUint64), math.MaxUint32, math.MaxInt)
	println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(0.1), math.Float32frombits(0x40490fdb))
	println(math.Copysign(3, -1), math.Copysign(-3, 1), math.Inf(-1), math.Nextafter(1, 2), math.Dim(5, 3), math.Dim(3, 5))
	frac, exp := math.Frexp(12)
	ip, fp := math.Modf(-3.25)
	println(frac, exp, math.Ldexp(0.75, 4), ip, fp)
	println(math.Float64bits(math.Sin(1e10)), math.Float64bits(math.Cos(0.7)), math.Float64bits(math.Tan(2)), math.Float64bits(math.Atan2(3, -7)), math.Float64bits(math.Log(10)), math.Float64bits(math.Asin(0.3)))
}
