// Differential test of gocc/fmt against Go's fmt (needs real Go: sh std/verify.sh fmt).
// Every format string x operand below is printed by both packages; the texts
// (and for scanning the counts, errors and values) must be byte-identical.
package main

import (
	"errors"
	real "fmt"
	"math"
	"os"
	"strings"
	"unsafe"

	ours "gocc/fmt"
)

type Celsius float64

func (c Celsius) String() string { return real.Sprintf("%.1f C", float64(c)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "myerr " + string(rune('0'+e.Code)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return "PtrStr" + string(rune('0'+p.n)) }

type Gs struct{ A int }

func (g Gs) GoString() string { return "Gs!" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("err boom")) }

type realF struct{ x int }

func (f realF) Format(s real.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // unspecified when absent (Go leaves stale values)
	}
	if !pok {
		p = -1
	}
	real.Fprintf(s, "F<%c %d %v %d %v %v%v%v%v%v %d>", verb, w, wok, p, pok,
		s.Flag('+'), s.Flag('-'), s.Flag('#'), s.Flag(' '), s.Flag('0'), f.x)
}

type oursF struct{ x int }

func (f oursF) Format(s ours.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	if !wok {
		w = -1 // unspecified when absent (Go leaves stale values)
	}
	if !pok {
		p = -1
	}
	ours.Fprintf(s, "F<%c %d %v %d %v %v%v%v%v%v %d>", verb, w, wok, p, pok,
		s.Flag('+'), s.Flag('-'), s.Flag('#'), s.Flag(' '), s.Flag('0'), f.x)
}

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	p    *int
	Tags []string
}

type Outer struct {
	In    Inner
	Ptr   *Point
	Any   any
	Err   error
	M     map[string]int
	f     float64
	B     []byte
	S     fmt0
	hide  Celsius
	Shown Celsius
}

type fmt0 struct{}

type MyInt int
type MyStr string
type MyBytes []byte
type MyUint8 uint8
type Key struct {
	A int
	B string
}

var (
	failures int
	cases    int
)

func check(what, got, want string) {
	cases++
	if got != want {
		failures++
		if failures <= 60 {
			real.Printf("MISMATCH %s\n   ours: %q\n    go: %q\n", what, got, want)
		}
	}
}

func pf(format string, args ...any) {
	check(real.Sprintf("Sprintf(%q, %#v)", format, args), ours.Sprintf(format, args...), real.Sprintf(format, args...))
}

var ival = 42

func values() []any {
	x := 7
	pt := &Point{1, 2}
	var nilp *Point
	var nile error
	var nilm map[string]int
	var nils []int
	return []any{
		0, 1, -1, 42, -42, 255, 65535, math.MaxInt64, math.MinInt64,
		int8(-128), int8(127), int16(-300), int32(1 << 30), int64(-1 << 40),
		uint(7), uint8(200), uint16(40000), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xbeef),
		'x', 'é', '☺', rune(0x10FFFF), rune(0x110000), rune(-1),
		0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e6, 1e21, 1e-7, 123456789.0, 0.000123,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64,
		float32(0.1), float32(1e10), float32(-2.5), float32(16777216),
		complex(1, 2), complex(-1.5, 0), complex64(complex(0.5, -0.25)), complex(math.Inf(1), math.NaN()),
		"", "hello", "héllo, 世界", "tab\there", "quote\"s", "`back`", "\x00\x7f\xff", "a very long string indeed",
		[]byte("bytes"), []byte{}, []byte(nil), []byte{0, 1, 255},
		true, false,
		nil,
		[]int{1, 2, 3}, []string{"a", "b"}, [3]int{4, 5, 6}, [2]bool{true}, []any{1, "a", nil, 2.5},
		nils, nilm, nilp, nile,
		map[string]int{"z": 1, "a": 2, "m": 3}, map[int]string{3: "c", 1: "a", 2: "b"},
		map[float64]int{math.NaN(): 1, 2: 2, -1: 3, math.Inf(-1): 4},
		map[bool]int{true: 1, false: 0}, map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3},
		map[[2]int]string{{2, 1}: "x", {1, 2}: "y"},
		map[any]int{"b": 1, "a": 2},
		Point{1, 2}, pt, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"},
		Inner{"in", &x, []string{"t"}},
		Outer{In: Inner{Name: "n"}, Ptr: nil, Any: 5, Err: MyErr{3}, M: map[string]int{"k": 1}, B: []byte("hi"), hide: 1, Shown: 2},
		Outer{Any: Point{3, 4}, Err: nil, Ptr: nil},
		struct{}{}, struct{ A, b int }{1, 2},
		MyInt(5), MyStr("named"), MyBytes("mb"), MyUint8(9), []MyUint8{1, 2}, [2]MyUint8{3, 4},
		Celsius(21.5), []Celsius{1, 2}, map[string]Celsius{"x": 3},
		MyErr{1}, &MyErr{2}, []error{MyErr{4}, nil},
		&PtrStr{5}, PtrStr{6}, []*PtrStr{{7}},
		Gs{1}, []Gs{{2}}, &Gs{3},
		Boom{}, []Boom{{}}, BoomErr{},
		(*PtrStr)(nil), (*MyErr)(nil),
		struct{ E error }{nil}, struct{ A any }{nil}, struct{ P *int }{nil},
		[]*int{nil}, []any{nil, []int(nil)},
		unsafe.Pointer(nil),
		func() {}, (func())(nil), make(chan int), (chan int)(nil),
		&ival,
		errors.New("plain error"),
	}
}

var verbs = []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t", "p", "T", "z", "w"}
var flagSets = []string{"", "+", "-", "#", " ", "0", "+#", "-0", "0+", "# ", "+ ", "#0", "-#"}
var widths = []string{"", "1", "8", "15"}
var precs = []string{"", ".", ".0", ".2", ".5"}

func table() {
	vals := values()
	for _, v := range vals {
		for _, verb := range verbs {
			for _, fl := range flagSets {
				for _, w := range widths {
					for _, p := range precs {
						f := "%" + fl + w + p + verb
						check(real.Sprintf("Sprintf(%q, %T)", f, v), ours.Sprintf(f, v), real.Sprintf(f, v))
					}
				}
			}
		}
	}
	// Formatter values need their own type per package.
	for _, verb := range verbs {
		if verb == "p" {
			continue // two different slices: two addresses
		}
		for _, fl := range flagSets {
			for _, w := range widths {
				for _, p := range precs {
					f := "%" + fl + w + p + verb
					check("Formatter "+f, strings.ReplaceAll(ours.Sprintf(f, oursF{3}), "oursF", "realF"), real.Sprintf(f, realF{3}))
					check("Formatter nested "+f, strings.ReplaceAll(ours.Sprintf(f, []oursF{{1}, {2}}), "oursF", "realF"), real.Sprintf(f, []realF{{1}, {2}}))
				}
			}
		}
	}
}

func formats() {
	pf("%d %d", 1)
	pf("%d", 1, 2)
	pf("%d %s", 1, "x", 3.5, nil, []int{1})
	pf("%[2]d %[1]d", 1, 2)
	pf("%[2]d %d", 1, 2, 3)
	pf("%[3]d", 1, 2)
	pf("%[0]d", 1)
	pf("%[x]d", 1)
	pf("%[1]", 1)
	pf("%[", 1)
	pf("%[1", 1)
	pf("%[1]*d", 5, 3)
	pf("%*d|%-*d|%*d", 5, 1, 5, 2, -5, 3)
	pf("%.*f|%.*f", 2, 3.14159, -1, 2.5)
	pf("%*.*f", 10, 3, math.Pi)
	pf("%*d", "x", 5)
	pf("%.*d", "x", 5)
	pf("%*d", uint8(4), 5)
	pf("%*d", int64(4), 5)
	pf("%*d", 10000000, 5)
	pf("%[2]*[1]d", 12, 5)
	pf("%[3]*.[2]*[1]f", 12.0, 2, 6)
	pf("%[1]d %[1]x %#[1]o", 64)
	pf("%[5]d", 1, 2, 3)
	pf("%3[1]d", 7)
	pf("%.[1]d", 7)
	pf("%")
	pf("%-")
	pf("%5")
	pf("%5.")
	pf("%.", 1)
	pf("%!", 1)
	pf("%%")
	pf("%5%")
	pf("%-5%|")
	pf("%d%%", 50)
	pf("%ä", 1)
	pf("%☺", "x")
	pf("no verbs", 1, "two")
	pf("%v %v", nil, nil)
	pf("%d", nil)
	pf("%s", nil)
	pf("%x", nil)
	pf("%T %T %T", nil, 1, []any{})
	pf("%!d(string=x)")
	pf("%w", errors.New("e"))
	pf("%v|%6.2v|%-6v|", 3.14159, 3.14159, "ab")
	pf("%010.3f|%-010.3f|%+010.3f", -3.14159, 3.14159, 3.14159)
	pf("%08d|%08x|%-08d|%+08d|% 08d", -42, 255, 7, 7, 7)
	pf("%.3d|%8.3d|%08.3d|%.0d|%5.0d|", 7, 7, 7, 0, 0)
	pf("%#x|%#X|%#o|%#b|%O", 255, 255, 8, 5, 8)
	pf("%x|% x|%#x|% #x|%X", "hello", "hello", "hello", "hello", []byte("hi"))
	pf("%.2x|%10x|%-10x|", "hello", "ab", "ab")
	pf("%q|%+q|%#q|%#+q", "héllo\n", "héllo\n", "back`tick", "plain")
	pf("%c|%5c|%-5c|%q|%+q|%U|%#U|%#8U|%.6U", 'A', 'B', 'C', '☺', '☺', '☺', '☺', 'x', 'y')
	pf("%e|%E|%.0e|%#.0e|%#g|%#.3g|%g|%G", 123456.789, 1e-10, 5.0, 5.0, 1.0, 2.0, 1e100, 1e-100)
	pf("%b|%x|%X|%#x|%.3x", 1.0, 1.0, -3.5, 2.5, 1.0/3)
	pf("%v|%.2f|%+.1e|%8.3v", complex(1, -2), complex(1.234, 5.678), complex(-1, 1), complex64(1i))
	pf("%t|%5t|%-7t|%v", true, false, true, false)
	pf("%s", []string{"a", "b"})
	pf("%q", []string{"a", "b"})
	pf("%x", []string{"ab", "cd"})
	pf("%d", []int8{-1, 2})
	pf("%x", []int{10, 255})
	pf("%5d|%-5d|", []int{1, 2}, [2]int{3, 4})
	pf("%v %+v %#v", Point{1, 2}, Point{1, 2}, Point{1, 2})
	pf("%v %+v %#v", &Point{1, 2}, &Point{1, 2}, &Point{1, 2})
	pf("%#v %#v %#v %#v", []int(nil), map[string]int(nil), []int{}, map[string]int{})
	pf("%#v %#v %#v", int64(5), uint(5), uintptr(5))
	pf("%#v %#v", "s", []string{"a"})
	pf("%#v %#v", 1.0, float32(2.5))
	pf("%#v", struct {
		A any
		E error
	}{})
	pf("%#v", []any{1, "x", nil})
	pf("%#v", MyStr("x"))
	pf("%#v", MyBytes("x"))
	pf("%#v", [2]byte{1, 2})
	pf("%s %x %q", [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'}, [3]byte{'a', 'b', 'c'})
	pf("%s", MyBytes("mb"))
	pf("%v %d", MyBytes("mb"), MyBytes("mb"))
	pf("%v", [][]int{{1}, {2, 3}})
	pf("%v", map[string][]int{"a": {1}})
	pf("%v", map[string]*Point{"a": nil})
	pf("%v", []*Point{nil})
	pf("%+v", struct{ P *Point }{nil})
	pf("%v", struct{ M map[string]int }{})
	pf("%s", Celsius(3))
	pf("%d", Celsius(3))
	pf("%v %s %d", MyErr{1}, MyErr{1}, MyErr{1})
	pf("%v", []any{MyErr{2}, Celsius(1), &PtrStr{3}})
	pf("%v %s", Boom{}, BoomErr{})
	pf("%#v", Gs{1})
	pf("%v %+v", Gs{1}, Gs{1})
	pf("%v", (*PtrStr)(nil))
	pf("%s", (*PtrStr)(nil))
	pf("%d", (*PtrStr)(nil))
	pf("%v", struct{ S *PtrStr }{nil})
	pf("%x", Celsius(2))
	pf("%08.3f|%-8.3f|%+.3e|% .3g", 3.14159, 2.5, 12345.678, 0.0001234)
	pf("%6.2f%%", 99.5)
	pf("%v|%v|%v|%v", 1e20, 1e21, 123456789.0, 1.0e-5)
	pf("%v|%v", float32(3.4028235e38), float32(1e-45))
	pf("%g|%.3g|%.10g|%G", 100000.0, 1234567.0, 1.0/3, 1e-7)
	pf("%5.1f|%-5.1f|%05.1f", -0.0, math.NaN(), math.Inf(1))
	pf("%+v|% v|%+.2v", math.NaN(), math.NaN(), math.Inf(-1))
	pf("%010v|%-010v|%010s", math.Inf(1), math.NaN(), "x")
	pf("%x|%X", -255, -255)
	pf("%b|%o|%O", -5, -8, -8)
	pf("%+d|% d|%+d", 0, 0, -0)
	pf("%c|%c|%c", 0x110000, -1, 65)
	pf("%q|%q|%q|%+q", 0x110000, '\n', '\'', 'é')
	pf("%U|%U", 0x110000, -1)
	pf("%s|%10.3s|%-10.3s|%.0s|%.10s", "héllo wörld", "héllo", "héllo", "abc", "ab")
	pf("%v", 'x')
	pf("%s %s", 42, true)
	pf("%d", "str")
	pf("%d", 3.5)
	pf("%e", 3)
	pf("%t", 1)
	pf("%s", struct{ A int }{1})
	pf("%d", struct {
		A int
		B string
	}{1, "x"})
	pf("%z", map[string]int{"a": 1})
	pf("%p %p", 5, "x")
	pf("%v", [0]int{})
	pf("%v", [][0]int{{}})
	pf("%v", struct{ a []byte }{[]byte("x")})
	pf("%s", struct{ a []byte }{[]byte("x")})
	pf("%x", struct {
		A string
		B []byte
	}{"hi", []byte{1}})
	pf("%6.2v", []float64{1.2345, 6.789})
	pf("%v", map[MyStr]int{"b": 1, "a": 2})
	pf("%v", map[int8]bool{-1: true, 1: false, 0: true})
	pf("%v", map[uint]string{10: "a", 2: "b"})
	pf("%v", map[string]map[string]int{"x": {"b": 1, "a": 2}})
	pf("%v", map[any]string{1: "i", 2: "j"})
	pf("%v", map[*int]int{nil: 1})
	pf("%v", map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2})
	pf("%d %s %v", []any{1, 2}, []any{"a", 1}, []any{})
}

func prints() {
	cases := [][]any{
		{}, {nil}, {1, 2}, {"a", "b"}, {1, "a", 2}, {"a", 1, "b"}, {1.5, true, nil},
		{[]int{1}, map[string]int{"a": 1}}, {Point{1, 2}, &Point{3, 4}}, {MyErr{1}, Celsius(2)},
		{MyStr("x"), MyStr("y")}, {"x", MyStr("y"), 3}, {errors.New("e"), 5},
		{'a', byte('b')}, {[]byte("hi"), "there"}, {(*int)(nil), nil},
	}
	for _, c := range cases {
		check(real.Sprintf("Sprint(%#v)", c), ours.Sprint(c...), real.Sprint(c...))
		check(real.Sprintf("Sprintln(%#v)", c), ours.Sprintln(c...), real.Sprintln(c...))
	}
}

func errorfs() {
	base := errors.New("base")
	e1 := ours.Errorf("wrap: %w", base)
	r1 := real.Errorf("wrap: %w", base)
	check("Errorf %w text", e1.Error(), r1.Error())
	check("Errorf %w unwrap", real.Sprint(errors.Unwrap(e1) == base), real.Sprint(errors.Unwrap(r1) == base))
	check("Errorf %w Is", real.Sprint(errors.Is(e1, base)), real.Sprint(errors.Is(r1, base)))
	for _, f := range []string{"%w", "x %w %w", "%v %w", "%w %d", "%d", "%[1]w %[1]v", "%5w", "%+w", "%#w", "%s"} {
		args := []any{base, 3}
		if f == "%w %d" {
			args = []any{base, 4}
		}
		if f == "%d" {
			args = []any{base}
		}
		eo := ours.Errorf(f, args...)
		er := real.Errorf(f, args...)
		check("Errorf "+f, eo.Error(), er.Error())
		check("Errorf unwrap "+f, real.Sprint(errors.Unwrap(eo) != nil), real.Sprint(errors.Unwrap(er) != nil))
	}
	check("Errorf %w nonerror", ours.Errorf("%w", 5).Error(), real.Errorf("%w", 5).Error())
	check("Errorf %w nil", ours.Errorf("%w", nil).Error(), real.Errorf("%w", nil).Error())
	check("Errorf plain", ours.Errorf("n=%d", 5).Error(), real.Errorf("n=%d", 5).Error())
	check("Errorf chain", ours.Errorf("outer: %w", ours.Errorf("inner: %w", base)).Error(),
		real.Errorf("outer: %w", real.Errorf("inner: %w", base)).Error())
}

func scanResult(n int, err error, vals ...any) string {
	s := real.Sprintf("n=%d err=%v", n, err)
	for _, v := range vals {
		s += real.Sprintf(" %#v", v)
	}
	return s
}

func scans() {
	inputs := []string{"", " ", "5", "5 6", " 12  -34 \n 56", "1\n2", "abc", "12abc", "0x1f 0b101", "017 0o17",
		"3.5 -2e3 inf", "true false T F 1 0", "99999999999999999999", "-128 127 256", "héllo wörld",
		"1,2", "x:5 y:7", "1 2 3 4", "\n", "5\n", "1_000", "+7", "-", "0x", "nan", "1e", "5 abc\n"}
	for _, in := range inputs {
		{
			var a, b int
			n1, e1 := ours.Sscan(in, &a, &b)
			v1 := scanResult(n1, e1, a, b)
			a, b = 0, 0
			n2, e2 := real.Sscan(in, &a, &b)
			check(real.Sprintf("Sscan(%q, int, int)", in), v1, scanResult(n2, e2, a, b))
		}
		{
			var a int
			var s string
			n1, e1 := ours.Sscanln(in, &a, &s)
			v1 := scanResult(n1, e1, a, s)
			a, s = 0, ""
			n2, e2 := real.Sscanln(in, &a, &s)
			check(real.Sprintf("Sscanln(%q, int, string)", in), v1, scanResult(n2, e2, a, s))
		}
		{
			var s1, s2 string
			n1, e1 := ours.Sscan(in, &s1, &s2)
			v1 := scanResult(n1, e1, s1, s2)
			s1, s2 = "", ""
			n2, e2 := real.Sscan(in, &s1, &s2)
			check(real.Sprintf("Sscan(%q, string, string)", in), v1, scanResult(n2, e2, s1, s2))
		}
		{
			var f float64
			var g float32
			n1, e1 := ours.Sscan(in, &f, &g)
			v1 := scanResult(n1, e1, f, g)
			f, g = 0, 0
			n2, e2 := real.Sscan(in, &f, &g)
			check(real.Sprintf("Sscan(%q, f64, f32)", in), v1, scanResult(n2, e2, f, g))
		}
		{
			var i8 int8
			var u uint
			var bo bool
			n1, e1 := ours.Sscan(in, &i8, &u, &bo)
			v1 := scanResult(n1, e1, i8, u, bo)
			i8, u, bo = 0, 0, false
			n2, e2 := real.Sscan(in, &i8, &u, &bo)
			check(real.Sprintf("Sscan(%q, i8, uint, bool)", in), v1, scanResult(n2, e2, i8, u, bo))
		}
		{
			var mi MyInt
			var ms MyStr
			n1, e1 := ours.Sscan(in, &mi, &ms)
			v1 := scanResult(n1, e1, mi, ms)
			mi, ms = 0, ""
			n2, e2 := real.Sscan(in, &mi, &ms)
			check(real.Sprintf("Sscan(%q, MyInt, MyStr)", in), v1, scanResult(n2, e2, mi, ms))
		}
		for _, f := range []string{"%d %d", "%d,%d", "x:%d y:%d", "%s %s", "%x %x", "%v %v", "%3d%d", "%c%c", "%d\n%d", "%d", "%d %d %d", "%q", "%5s%s", "%f %g", "%t %t", "%%%d", "%d %"} {
			var a, b any
			var ia, ib int
			var sa, sb string
			var fa, fb float64
			var ba, bb bool
			switch {
			case strings.Contains(f, "s") || strings.Contains(f, "q"):
				a, b = &sa, &sb
			case strings.Contains(f, "f"):
				a, b = &fa, &fb
			case strings.Contains(f, "t"):
				a, b = &ba, &bb
			default:
				a, b = &ia, &ib
			}
			args := []any{a, b}
			if f == "%d" || f == "%q" {
				args = args[:1]
			}
			n1, e1 := ours.Sscanf(in, f, args...)
			v1 := scanResult(n1, e1, ia, ib, sa, sb, fa, fb, ba, bb)
			ia, ib, sa, sb, fa, fb, ba, bb = 0, 0, "", "", 0, 0, false, false
			n2, e2 := real.Sscanf(in, f, args...)
			check(real.Sprintf("Sscanf(%q, %q)", in, f), v1, scanResult(n2, e2, ia, ib, sa, sb, fa, fb, ba, bb))
		}
	}
	{
		var s string
		n1, e1 := ours.Sscanf(`"quoted \"str\"" rest`, "%q", &s)
		v1 := scanResult(n1, e1, s)
		s = ""
		n2, e2 := real.Sscanf(`"quoted \"str\"" rest`, "%q", &s)
		check("Sscanf %q", v1, scanResult(n2, e2, s))
	}
	{
		var p Point
		n1, e1 := ours.Sscan("1", &p)
		n2, e2 := real.Sscan("1", &p)
		check("Sscan struct", scanResult(n1, e1), scanResult(n2, e2))
		var i int
		n1, e1 = ours.Sscan("1", i)
		n2, e2 = real.Sscan("1", i)
		check("Sscan nonpointer", scanResult(n1, e1), scanResult(n2, e2))
	}
}

func main() {
	table()
	formats()
	prints()
	errorfs()
	scans()
	// Fprint family through an io.Writer.
	var b1, b2 strings.Builder
	ours.Fprintf(&b1, "%d-%s|", 1, "a")
	ours.Fprint(&b1, 1, 2, "x")
	ours.Fprintln(&b1, 1, 2, "x")
	real.Fprintf(&b2, "%d-%s|", 1, "a")
	real.Fprint(&b2, 1, 2, "x")
	real.Fprintln(&b2, 1, 2, "x")
	check("Fprint family", b1.String(), b2.String())
	check("Append", string(ours.Appendln(ours.Appendf(ours.Append([]byte("x"), 1, 2), "%d|", 3), "a", 4)),
		string(real.Appendln(real.Appendf(real.Append([]byte("x"), 1, 2), "%d|", 3), "a", 4)))
	real.Printf("fmt: %d cases, %d mismatches\n", cases, failures)
	if failures > 0 {
		os.Exit(1)
	}
}
