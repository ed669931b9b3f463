package main

// float32 values printed by println go through float64; float32 rounding is
// visible in the digits.

func main() {
	vals := []float32{0.1, 0.2, 0.3, 1.0 / 3, 16777216, 16777217, 3.4028235e38, 1.4e-45, -0.0}
	for _, v := range vals {
		println(v, float64(v)*2)
	}
	var a float32 = 16777216
	println("2^24+1 f32:", a+1, "2^24+2:", a+2)
	var z float32
	println("-0 f32:", -z, "inf:", 1/z, "nan:", z/z)
	var m float32 = 1e-40
	println("subnormal f32:", m, m*1e10)
}
