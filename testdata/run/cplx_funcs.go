package main

type C complex64

func (c C) Mag2() float32 { return real(c)*real(c) + imag(c)*imag(c) }
func (c *C) Scale(k float32) { *c = C(complex(real(*c)*k, imag(*c)*k)) }

type S struct{ z complex128 }

func (s S) Get() complex128 { return s.z }

func apply(f func(complex64) complex64, x complex64) complex64 { return f(x) }

func show(zs ...complex128) {
	for i, z := range zs {
		println(i, z)
	}
}

func main() {
	c := C(3 + 4i)
	println(c.Mag2())
	c.Scale(2)
	println(complex64(c))
	var acc complex128
	add := func(z complex128) { acc += z }
	add(1i)
	add(2)
	println(acc)
	println(apply(func(z complex64) complex64 { return z * z }, 1+1i))
	s := S{5 - 5i}
	f := s.Get
	println(f())
	show(1, 2i, 3+3i)
	m := [2][2]complex64{{1, 2}, {3i, 4i}}
	println(m[1][0]*m[0][1], m == [2][2]complex64{{1, 2}, {3i, 4i}})
	defer func(z complex128) { println("deferred", z) }(acc)
	defer func(z complex64) { println("defer arg", z) }(c64())
}

func c64() complex64 { return 1.5 }
