package main

// println formatting of float64 values: +d.dddddde+ddd style, NaN, ±Inf, -0.

func main() {
	vals := []float64{0, 1, -1, 1.5, -2.25, 0.1, 100, 1e10, 1e-10, 123456789.123,
		3.141592653589793, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
		0.000001, 999999.5, 12345678, 2.5e-5, 1.0 / 3.0}
	for _, v := range vals {
		println(v, -v)
	}
	var zero float64
	negz := -zero
	println("zero:", zero, "negzero:", negz, "1/negz:", 1/negz)
	inf := 1 / zero
	println("inf:", inf, "-inf:", -inf)
	nan := zero / zero
	println("nan:", nan, "nan==nan:", nan == nan, "nan!=nan:", nan != nan, "nan<1:", nan < 1)
	println("inf-inf:", inf-inf, "inf*0:", inf*zero, "inf+1:", inf+1)
	print(1.25, 2.5, "\n")
	print("mixed ", 3, " ", 4.0, " ", true, "\n")
}
