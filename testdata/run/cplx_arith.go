package main

type pt struct {
	a  int8
	z  complex64
	b  bool
	zz complex128
}

var g64 complex64 = 1.5 - 2i
var g128 = complex(3, 4)

func add(a, b complex128) complex128    { return a + b }
func mul64(a, b complex64) complex64     { return a * b }
func div64(a, b complex64) complex64     { return a / b }
func div(a, b complex128) complex128     { return a / b }
func parts(z complex128) (float64, float64) { return real(z), imag(z) }
func mk(r, i float32) complex64          { return complex(r, i) }

// many complex arguments: some go on the stack
func many(a, b, c, d, e, f, g, h complex128, k complex64) complex128 {
	return a + b + c + d + e + f + g + h + complex128(k)
}

func manyres() (complex64, complex128, int, complex64) { return 1 + 1i, 2 + 2i, 3, 4 - 4i }

func main() {
	var z complex128 = 1 + 2i
	println(z, -z, z*z, z/z, z+z, z-1)
	println(add(z, 3i), real(z), imag(z))
	var c complex64 = 3 - 4i
	println(c, c*c, c/(1+1i), -c)
	println(mul64(c, 0.1+0.2i), div64(c, 0.3-0.7i))
	r, i := parts(complex(1e300, -1e-300))
	println(r, i)
	println(mk(1.25, -8))

	// Go's division with infinities and NaNs
	big0 := 1e308
	inf := big0 * 10
	nan := inf - inf
	zero := 0.0
	vals := []complex128{0, 1, complex(inf, 0), complex(0, inf), complex(nan, 0), complex(inf, inf), complex(nan, nan), 1 + 1i, complex(-zero, 0), complex(1e-320, 1e300)}
	for _, n := range vals {
		for _, m := range vals {
			print(div(n, m), " ")
		}
		println()
	}
	println(complex64(complex(inf, nan)) / complex64(0))

	// equality
	println(z == 1+2i, z != 1+2i, c == complex64(3-4i), complex(nan, 0) == complex(nan, 0))

	// memory: struct fields, arrays, slices, pointers, globals
	var p pt
	p.z = c
	p.zz = z
	p.a = -3
	p.b = true
	q := p
	q.z *= 2
	println(p.a, p.z, p.b, p.zz, q.z)
	arr := [4]complex64{1, 2i, 3 + 3i}
	arr[3] = arr[1] + arr[2]
	println(arr[0], arr[1], arr[2], arr[3])
	s := make([]complex64, 0)
	for k := 0; k < 5; k++ {
		s = append(s, complex(float32(k), float32(-k)))
	}
	println(len(s), s[4], s[1]+s[2])
	pz := &z
	*pz = *pz * 2
	println(z, *pz)
	g64 += 1
	g128 *= 1i
	println(g64, g128)
	println(many(1, 2, 3, 4, 5, 6, 7, 8i, 9+9i))
	a1, a2, a3, a4 := manyres()
	println(a1, a2, a3, a4)

	// conversions
	big := complex(1e40, 1)
	println(complex64(big), complex128(complex64(1.1+2.2i)))
	var f32 float32 = 0.1
	println(complex(f32, f32), complex(float64(f32), 0.1))
	const k = (1 + 2i) * (3 - 1i) / 2i
	println(k, real(k), imag(k))
	var ff float64 = real(k)
	println(ff)
	const kr = 5 + 0i
	var ki int = kr
	println(ki)
}
