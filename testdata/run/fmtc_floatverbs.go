package main

// Printf float verbs %e %E %f %F %g %G %x %X %b %v crossed with flags, widths
// and precisions, on ordinary and special values (NaN, ±Inf, -0), float32.

import (
	"fmt"
	"math"
)

func main() {
	verbs := []string{"e", "E", "f", "F", "g", "G", "v", "x"}
	flags := []string{"", "+", "-", "#", " ", "0"}
	sizes := []string{"", "12", ".2", "12.4", ".0"}
	vals := []interface{}{0.0, 1.0, -2.5, 123456.789, 1e-7, 1e21, 3.0 / 7,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), float32(0.1), float32(1e10)}
	for _, v := range vals {
		fmt.Printf("== %T %v\n", v, v)
		for _, verb := range verbs {
			for _, fl := range flags {
				line := ""
				for _, sz := range sizes {
					f := "%" + fl + sz + verb
					line += fmt.Sprintf("%s=[%s] ", f, fmt.Sprintf(f, v))
				}
				fmt.Println(line)
			}
		}
	}
	fmt.Printf("%b %b\n", 1.0, float32(0.5))
	fmt.Printf("%v %v %v %v\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v %v\n", float32(1)/3, 1.0/3)
	fmt.Printf("%.3v %.10g %g %G\n", math.Pi, math.Pi, 1e100, 1e-100)
	fmt.Printf("complex: %v %.2f %+.1e %8.1f\n", 1+2i, complex64(3-4i), -1.5+0.5i, 2i)
	fmt.Printf("%6.2f|%-8.3f|%08.3f|%+.0f|% .1f\n", 3.14159, 2.0, -1.5, 2.5, 7.25)
	fmt.Printf("%.1f %.1f %.1f %.1f %.0f %.0f\n", 0.05, 0.15, 0.25, 0.35, 0.5, 1.5)
	fmt.Printf("%e %g %g %g\n", math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32), 100000000.0)
}
