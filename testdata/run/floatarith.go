package main

// float32 and float64 arithmetic, rounding to float32, conversions to/from ints.

func main() {
	var a, b float64 = 10, 3
	println("add", a+b, "sub", a-b, "mul", a*b, "div", a/b)
	var f, g float32 = 10, 3
	println("f32 div:", f/g, "as f64:", float64(f/g))
	var x float32 = 0.1
	println("f32 0.1:", x, "f64(f32 0.1):", float64(x), "f64 0.1:", 0.1)
	sum32 := float32(0)
	sum64 := 0.0
	for i := 0; i < 1000; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	println("sum 0.1*1000 f32:", sum32, "f64:", sum64)
	// conversions float -> int truncate toward zero
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.7, -1e15 - 0.3} {
		println(v, "int:", int(v), "int64:", int64(v), "int32(trunc small):", int32(v/1e6))
	}
	println("uint8(float 200.7):", uint8(200.7+a-a), "uint64(1e19):", uint64(1e19+a-a))
	// int -> float
	big := int64(1)<<53 + 1
	println("int64 2^53+1 -> f64:", float64(big), "-> f32:", float32(big))
	var u uint64 = 18446744073709551615
	println("maxuint64 -> f64:", float64(u))
	var n int = -7
	println("float64(-7)/2:", float64(n)/2)
	// comparisons
	println(a > b, a < b, a == 10, f == 10, float32(0.1) == 0.1, float64(float32(0.5)) == 0.5)
	// division tricky values
	var zero float64
	println("1/0:", 1/zero, "-1/0:", -1/zero, "0/0 != self:", zero/zero != zero/zero)
	// float32 overflow to inf
	var big32 float32 = 3e38
	println("f32 3e38*10:", big32*10)
	// subnormal
	var tiny float64 = 5e-324
	println("tiny/2:", tiny/2, "tiny*0.5:", tiny*0.5, "tiny*1e308:", tiny*1e308)
	// compound
	h := 1.0
	for i := 0; i < 10; i++ {
		h = h*1.5 - 0.25
	}
	println("h:", h)
	var k float32 = 1
	for i := 0; i < 30; i++ {
		k = k*1.1 + 0.01
	}
	println("k f32:", k)
}
