package main

// A long Printf table: every operand below printed with every verb under a
// set of flag/width/precision prefixes, one line per operand and prefix.
// Operands with addresses (pointers, funcs, chans) are left out.

import (
	"errors"
	"fmt"
	"math"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Pair struct {
	K string
	V int
}

type named string

func main() {
	vals := []any{
		0, 7, -42, math.MaxInt64, math.MinInt64, int8(-128), uint8(200), uint16(65535),
		uint64(math.MaxUint64), uintptr(48879), 'é', rune(0x10FFFF),
		0.0, -1.5, 3.14159265, 1e6, 1e21, 1e-7, 123456789.0, math.Inf(-1), math.NaN(),
		float32(0.1), complex(1, -2), complex64(complex(0.5, 0.25)),
		"", "go", "héllo, 世界", "tab\t\"q\"", []byte("hi"), true, false, nil,
		[]int{1, -2}, [2]string{"a", "b"}, map[string]int{"b": 2, "a": 1},
		Pair{"k", 1}, &Pair{"p", 2}, struct{}{}, named("n"), Celsius(21.5), Code(7),
		errors.New("boom"), []any{1, "x", nil}, []error{Code(1)}, map[int]Celsius{2: 1, 1: 2},
	}
	verbs := "vdxXobcqUeEfgGst"
	prefixes := []string{"", "+", "#", "-8", "08", ".2", "+.3", "# 10", "-#12.4", " 0"}
	for _, v := range vals {
		for _, p := range prefixes {
			line := fmt.Sprintf("%T %q:", v, p)
			for _, verb := range verbs {
				line += " " + fmt.Sprintf("%"+p+string(verb), v)
			}
			fmt.Println(line)
		}
	}
}
