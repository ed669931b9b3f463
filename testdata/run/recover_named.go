package main

type P struct{ x, y int }

func f() (n int, s string) {
	defer func() { recover() }()
	n = 5
	s = "five"
	panic("x")
}

func g() (n int) {
	defer func() {
		recover()
		n *= 2
	}()
	n = 21
	panic("y")
}

func h() (p P, c complex128, f float64) {
	defer func() { recover() }()
	p = P{1, 2}
	c = 3 + 4i
	f = 2.5
	var arr []int
	_ = arr[3]
	return
}

func k() (_ int, x int) {
	defer func() { recover() }()
	x = 9
	panic(1)
}

func loop() (sum int) {
	defer func() {
		if r := recover(); r != nil {
			sum = -sum
		}
	}()
	for i := 0; i < 10; i++ {
		sum += i
		if i == 7 {
			panic("stop")
		}
	}
	return sum
}

func ret() (n int) {
	defer func() {
		recover()
	}()
	defer func() {
		panic("in defer")
	}()
	return 3
}

func unnamed() int {
	defer func() { recover() }()
	panic("z")
}

func main() {
	n, s := f()
	println(n, s)
	println(g())
	p, c, fl := h()
	println(p.x, p.y, c, fl)
	a, b := k()
	println(a, b)
	println(loop())
	println(ret())
	println(unnamed())
}
