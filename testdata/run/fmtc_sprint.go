package main

// Print/Println/Sprint/Sprintln spacing rules (spaces between operands when
// neither is a string for Print), Fprint to os.Stdout/os.Stderr, Sprintf with
// width from values, return counts.

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1.5, true, nil, "\n")
	fmt.Println("a", "b", 1, 2, nil, true)
	s := fmt.Sprint("s", 1, 2, "t", []int{1})
	fmt.Println(s, len(s))
	s = fmt.Sprintln("line", 1)
	fmt.Printf("%q\n", s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%5d|\n", 42)
	fmt.Println(n)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "fprintf", 2)
	fmt.Fprint(os.Stdout, "fprint", 3, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	str := fmt.Sprintf("%03d|%-5s|%5.1f|%x|%t", 7, "ab", 3.14159, 255, true)
	fmt.Println(str)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("", ""), fmt.Sprint(1, 2))
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Println(fmt.Sprintf("%v|%v|%v", int64(-1), uint8(200), uintptr(0)))
	fmt.Println(fmt.Sprintf("%5v|%-5v|%05v", 12, 12, 12))
	fmt.Println(fmt.Sprintf("%v %v", 'a', byte('a')))
}
