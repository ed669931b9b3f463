package main

var g float64 = 2.5
var h float32 = 1.25

func add(a, b float64) float64 { return a + b }
func mix(i int, f float64, j int, s float32) (float64, int) {
	return f*float64(i) + float64(s), j + int(f)
}

func main() {
	x := 1.5
	y := x * 3
	println(x, y, add(x, y), g, h)
	z, k := mix(3, 2.5, 4, 0.5)
	println(z, k)
	var n float64
	for i := 0; i < 10; i++ {
		n += 0.1
	}
	println(n, -n, n == 1, n < 1, n > 1)
	zero := 0.0
	nan := zero / zero
	println(nan == nan, nan != nan, nan < 1, nan >= 1, -zero)
	var u uint64 = 1<<63 + 12345
	fu := float64(u)
	println(fu, uint64(fu), int64(-2.7*x), uint8(fu/1e17))
	var f32 float32 = 1.0 / 3
	println(f32, float64(f32), f32*3)
	println(float32(16777217), float64(1<<62))
}
