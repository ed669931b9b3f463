package main

type K struct{ a, b int }

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "xyz" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func hk(m map[K]string) (map[K]string, K) { return m, K{1, 2} }
func c2() (float64, float64) { return 1.5, -2 }
func c1() (float32, float32) { return 3, 4 }
func ap(s []int) ([]int, int, int) { return s, 7, 8 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	println(n, string(a))
	b := []byte{1, 2, 3, 4}
	n = copy(g(b))
	println(n, string(b))
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	println(len(m), m[1])
	mk := map[K]string{{1, 2}: "x", {3, 4}: "y"}
	delete(hk(mk))
	println(len(mk), mk[K{3, 4}])
	println(complex(c2()))
	z := complex(c1())
	println(real(z), imag(z))
	s := append(ap([]int{1}))
	println(len(s), s[0], s[1], s[2])
}
