package main

// Printf integer verbs crossed with flags, widths and precisions, on several
// signed and unsigned values: %d %b %o %O %x %X %c %q %U %v.

import "fmt"

func main() {
	verbs := []string{"d", "b", "o", "O", "x", "X", "v"}
	flags := []string{"", "+", "-", "#", " ", "0", "+0", "-#"}
	sizes := []string{"", "6", ".3", "8.4"}
	vals := []interface{}{0, 42, -42, int8(-128), uint8(255), int64(-1 << 40), uint64(1<<64 - 1)}
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
	runes := []interface{}{'A', 'é', '世', 0x1F600, -1, 0x110000, int32(10), uint8('z')}
	for _, r := range runes {
		fmt.Printf("%%c=[%c] %%q=[%q] %%+q=[%+q] %%#q=[%#q] %%U=[%U] %%#U=[%#U] %%-6c=[%-6c] %%08U=[%08U]\n",
			r, r, r, r, r, r, r, r)
	}
}
