package main

// complex64 and complex128: arithmetic, real/imag, complex(), println format.

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	println("c:", c, "d:", d)
	println("c+d:", c+d, "c-d:", c-d, "c*d:", c*d, "c/d:", c/d)
	println("real:", real(c*d), "imag:", imag(c*d))
	var c64 complex64 = complex64(c)
	println("c64:", c64, "c64*c64:", c64*c64, "real32:", real(c64))
	println("c==c:", c == c, "c==d:", c == d, "c!=d:", c != d)
	i := 1i
	println("i*i:", i*i)
	var z complex128
	println("zero:", z, "-c:", -c)
	r, im := float32(1.5), float32(-0.5)
	var e complex64 = complex(r, im)
	println("e:", e, "conj:", complex(real(e), -imag(e)))
	p := complex(1, 0)
	for k := 0; k < 8; k++ {
		p *= complex(0.5, 0.5)
	}
	println("p:", p)
	const k = 2i * 2i
	println("const 2i*2i:", k, real(k))
}
