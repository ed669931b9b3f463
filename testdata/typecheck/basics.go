package main

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const small = big >> 98
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const name = "go" + "cc"

type Celsius int32
type Point struct {
	X, Y int
}

var counter int
var total = add(3, 4) + KB
var a, b = 1, "two"

func add(x, y int) int { return x + y }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) {
	p.X += dx
	p.Y -= dx
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	default:
		return 0
	}
}

func classify(n int) string {
	switch n {
	case 0, 1:
		return "small"
	case 2:
		fallthrough
	case 3:
		return "medium"
	}
	return "large"
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func loops() int {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	j := 0
	for j < 5 {
		j++
	}
outer:
	for {
		for k := 0; ; k++ {
			if k > 3 {
				break outer
			}
		}
	}
	goto done
done:
	return sum + j
}

func forever() int {
	for {
	}
}

func strs(s string) byte {
	t := s + "!"
	var u8 uint8 = t[0]
	if len(t) > 3 && t != "abc" || t < "b" {
		return u8
	}
	return s[len(s)-1]
}

func shifts(x uint32, n uint) uint32 {
	var y int64 = 1 << 40
	z := x<<n | x>>(32-n)
	return z ^ uint32(y>>8) &^ 0xff
}

func conv() uintptr {
	var i8 int8 = -128
	var u16 = uint16(i8)
	var c Celsius = 100
	d := int(c) + int(u16)
	return uintptr(d)
}

func main() {
	p := Point{1, 2}
	p.Move(3)
	q := &p
	q.Move(1)
	x, y := divmod(17, 5)
	var z int
	z = x * y
	z++
	z <<= 2
	counter = z + p.Sum() + q.Sum()
	println(counter, total, a, b, name, small, KB, MB, GB, sign(-3), classify(2), fib(10))
	print(loops(), strs("hello"), shifts(3, 4), conv(), true, nil == q, pi)
	println()
	var arr [4]int
	arr[1] = 2
	s := arr[1:3]
	s[0] = 5
	pp := new(int)
	*pp = 3
	if *pp > 2 {
		panic("boom")
	}
}
