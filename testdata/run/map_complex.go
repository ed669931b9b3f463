package main

import "math"

func main() {
	m := map[complex128]int{}
	m[1+2i] = 1
	m[complex(1, 2)] += 10
	m[0] = 5
	negz := math.Copysign(0, -1)
	m[complex(negz, negz)]++
	nan := math.NaN()
	m[complex(nan, 0)] = 7
	m[complex(0, nan)] = 8
	println(len(m), m[1+2i], m[0], m[complex(nan, 0)])
	v, ok := m[complex(0, nan)]
	println(v, ok)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	m64 := map[complex64]string{1i: "i", -1i: "-i"}
	m64[1i] += "!"
	println(m64[1i], m64[-1i], len(m64))
	e := map[string]complex128{}
	e["a"] += 1 + 1i
	e["a"] *= 2i
	println(real(e["a"]), imag(e["a"]))
	pz := complex64(0)
	nz := complex(0, math.Float32frombits(1<<31))
	c64 := map[complex64]string{pz: "+0"}
	c64[nz] += "-0"
	c64[complex(float32(nan), 1)] = "nan"
	c64[complex(float32(nan), 1)] = "nan"
	_, found := c64[complex(float32(nan), 1)]
	println(len(c64), c64[pz], c64[nz], found)
	var ie = map[interface{}]int{1 + 0i: 1, 1: 2, 1.0: 3}
	println(len(ie), ie[1+0i], ie[complex64(1)])
}
