package main

// A table of width/precision/flag cases on mixed values, printed as
// format => |result| so padding is visible.

import "fmt"

type tc struct {
	f string
	a []interface{}
}

func c(f string, a ...interface{}) tc { return tc{f, a} }

func main() {
	cases := []tc{
		c("%5d", 42), c("%-5d", 42), c("%05d", 42), c("%05d", -42), c("%+05d", 42),
		c("% 5d", 42), c("% d", -42), c("%+d", 0), c("%x", -255), c("%#x", -255),
		c("%#o", 8), c("%#O", 8), c("%O", -8), c("%#b", 5), c("%08b", 5),
		c("%-08b|", 5), c("%.0d", 0), c("%.5d", -42), c("%8.5d", 42), c("%-8.5d|", 42),
		c("%#08x", 255), c("%#-8x|", 255), c("%X", 3054), c("%#X", 3054), c("%x", uint64(1<<63)),
		c("%10.3f", 3.14159), c("%-10.3f|", 3.14159), c("%010.3f", -3.14159), c("%+.3e", 12345.678),
		c("%10.3e", 0.000123), c("%g", 0.0000123), c("%g", 123456789.0), c("%.3g", 123456789.0),
		c("%#g", 1.0), c("%#.3g", 1.0), c("%#.0f", 3.0), c("%#.0e", 3.0), c("%G", 1e-10),
		c("%10s|", "go"), c("%-10s|", "go"), c("%010s", "go"), c("%.1s", "go"), c("%10.1s|", "go"),
		c("%10q", "go"), c("%-10q|", "go"), c("%x", "go"), c("% x", "go"), c("%10x|", "go"),
		c("%t", true), c("%6t|", false), c("%-6t|", true), c("%v", 'a'), c("%c", 97),
		c("%5c|", 'x'), c("%-5c|", 'x'), c("%U", 97), c("%#U", '⌘'), c("%q", 97), c("%q", '\''),
		c("%q", '"'), c("%q", "'"), c("%q", "\a\b\f\r\v"), c("%+q", "ü"), c("%#q", "a\tb"),
		c("%v|%v", 1, 2), c("%3v|%-3v|", "a", "b"), c("%08.3f", 3.0), c("%+08.3f", 3.0),
		c("% 08.3f", 3.0), c("%-+8.2f|", 1.0), c("%#v", 1.0), c("%#v", 1e7), c("%#v", "s"),
		c("%#v", int64(5)), c("%#v", uint(5)), c("%#v", []byte{1}), c("%#v", 'r'), c("%#v", true),
		c("%#x", []byte{1, 2}), c("%#v", [2]string{"a"}), c("%#v", map[int]bool{1: true}),
		c("%#v", struct{ A *int }{}), c("%#v", interface{}(nil)), c("%#v", []interface{}{1, "a"}),
		c("%v", []byte(nil)), c("%s", []byte(nil)), c("%d", []byte(nil)), c("%v", map[int]int{}),
		c("%6.2v", 3.14159), c("%.2v", "abc"), c("%.1v", []string{"abc", "de"}), c("%3d", []int{1, 22}),
		c("%e", 0.0), c("%.3e", 1.0), c("%E", 123.0), c("%f", 1e6), c("%.f", 2.5), c("%.f", 3.5),
		c("%5.1f%%", 99.44), c("%d items", 3), c("%s=%d", "k", 1), c("%v%v%v", 1, "a", true),
	}
	for _, t := range cases {
		fmt.Printf("%-12s => |%s|\n", t.f, fmt.Sprintf(t.f, t.a...))
	}
	fmt.Println(len(cases), "cases")
}
