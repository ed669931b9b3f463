package x

const (
	A0 = iota
	A1
)
const Neg = -5
const Flag = true
const R = 'x'
const typed int32 = 7
const F = 1.5
const _ = 99
const Str = "a\"b\n"

type Inner struct{ P, Q int16 }
type Outer struct {
	Inner
	_   int32
	Arr [3]int64
	I   interface{}
	M   map[int]int
	F   func()
	Ch  chan int
	In  Inner
}
type Arr [4]int
type Alias = Inner

var V int

func Fn() {}
