package main

// Printf string and byte-slice verbs: %s %q %x %X %v with flags, widths,
// precisions (which truncate by runes), and special characters.

import "fmt"

func main() {
	verbs := []string{"s", "q", "x", "X", "v"}
	flags := []string{"", "-", "#", "+", " ", "0"}
	sizes := []string{"", "8", ".2", "10.3"}
	vals := []interface{}{"", "hello", "héllo wörld", "tab\there", "quote\"and\\", "\x01\x7f\xff", "世界!", []byte("bytes"), []byte{}}
	for _, v := range vals {
		fmt.Printf("== %T %q\n", v, v)
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
	fmt.Printf("[% x] [% X] [%# x] [% #x]\n", "abc", []byte{1, 171, 255}, "hi", []byte("go"))
	fmt.Printf("[%q] [%+q] [%#q] [%#q]\n", "日本\n", "日本", "back`tick", "plain")
	fmt.Printf("[%5.1s] [%-5.1s] [%.0s] [%.10s]\n", "abc", "xyz", "gone", "short")
	fmt.Printf("%s %v %d %x\n", []string{"a", "b"}, []string{"c"}, []byte("AB"), []string{"hi", "yo"})
	fmt.Printf("%c|%c|%c\n", 'a', 'é', 0x4E16)
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
}
