package main

// Every verb x 13 flag sets x 2 widths x 3 precisions (78 formats) on 113
// operands of every printable kind: one FNV-1a hash of the 78 results per
// operand and verb, and the %v text of each operand. (std/fmt/verify runs
// a larger matrix against Go's fmt with readable diffs.)

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f C", float64(c)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "myerr " + string(rune('0'+e.Code)) }

type Gs struct{ A int }

func (g Gs) GoString() string { return "Gs!" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type Point struct{ X, Y int }

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	In    Inner
	Ptr   *Point
	Any   any
	Err   error
	M     map[string]int
	B     []byte
	hide  Celsius
	Shown Celsius
}

type MyInt int
type MyStr string
type MyBytes []byte
type MyUint8 uint8
type Key struct {
	A int
	B string
}

func values() []any {
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
		true, false, nil,
		[]int{1, 2, 3}, []string{"a", "b"}, [3]int{4, 5, 6}, [2]bool{true}, []any{1, "a", nil, 2.5},
		nils, nilm, nilp, nile,
		map[string]int{"z": 1, "a": 2, "m": 3}, map[int]string{3: "c", 1: "a", 2: "b"},
		map[float64]int{math.NaN(): 1, 2: 2, -1: 3, math.Inf(-1): 4},
		map[bool]int{true: 1, false: 0}, map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3},
		map[[2]int]string{{2, 1}: "x", {1, 2}: "y"}, map[any]int{"b": 1, "a": 2},
		Point{1, 2}, &Point{1, 2}, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"},
		Inner{"in", []string{"t"}},
		Outer{In: Inner{Name: "n"}, Any: 5, Err: MyErr{3}, M: map[string]int{"k": 1}, B: []byte("hi"), hide: 1, Shown: 2},
		Outer{Any: Point{3, 4}},
		struct{}{}, struct{ A, b int }{1, 2},
		MyInt(5), MyStr("named"), MyBytes("mb"), MyUint8(9), []MyUint8{1, 2}, [2]MyUint8{3, 4},
		Celsius(21.5), []Celsius{1, 2}, map[string]Celsius{"x": 3},
		MyErr{1}, &MyErr{2}, []error{MyErr{4}, nil},
		Gs{1}, []Gs{{2}}, &Gs{3}, Boom{}, []Boom{{}},
		struct{ E error }{nil}, struct{ A any }{nil}, struct{ P *int }{nil}, []*int{nil}, []any{nil, []int(nil)},
		errors.New("plain error"),
	}
}

func main() {
	verbs := []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "e", "E", "f", "F", "g", "G", "s", "t", "T", "z"}
	flagSets := []string{"", "+", "-", "#", " ", "0", "+#", "-0", "0+", "# ", "+ ", "#0", "-#"}
	widths := []string{"", "8"}
	precs := []string{"", ".", ".2"}
	for i, v := range values() {
		fmt.Printf("%d %v\n", i, v)
		line := ""
		for _, verb := range verbs {
			h := uint32(2166136261)
			for _, fl := range flagSets {
				for _, w := range widths {
					for _, p := range precs {
						s := fmt.Sprintf("%"+fl+w+p+verb, v)
						for j := 0; j < len(s); j++ {
							h = (h ^ uint32(s[j])) * 16777619
						}
						h = (h ^ 0xff) * 16777619
					}
				}
			}
			line += fmt.Sprintf(" %s:%08x", verb, h)
		}
		fmt.Println(line)
	}
}
