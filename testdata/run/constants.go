package main

// Untyped constant arithmetic: big intermediates, exact division, iota patterns,
// typed constants, constant expressions folded from huge values.

const (
	Big   = 1 << 200
	Small = Big >> 198
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	a, b = iota, iota * 2
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const typed int32 = 1 << 30
const fl = 1.0 / 3
const third = fl * 3
const exact = 0.1 + 0.2
const strc = "ab" + "cd"
const ch = 'a' + 1

func main() {
	println("Small:", Small, "Back:", Back)
	println("KB..TB:", KB, MB, GB, TB)
	println("days:", Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	println("pairs:", a, b, c, d, e, f)
	println("bits:", bit0, mask0, bit1, mask1, bit3, mask3)
	println("typed:", typed, typed/3, typed/2+typed)
	println("third==1:", third == 1, "exact==0.3:", exact == 0.3)
	var x float64 = exact
	println("exact as float64:", x)
	println("strc:", strc, len(strc), "ch:", ch, string(rune(ch)))
	const mx = 1<<63 - 1
	println("maxint64:", mx, "minint64:", -mx-1)
	const umax = 1<<64 - 1
	var u uint64 = umax
	println("umax:", u)
	println("big/3 fits:", Big/(Big/3))
	const r = 'x' * 2
	println("rune arith:", r)
	const f2 = 1e100 / 1e98
	println("f2:", f2, int(f2))
	println("div trunc:", 7/2, -7/2, 7.0/2, 7%3, -7%3)
}
