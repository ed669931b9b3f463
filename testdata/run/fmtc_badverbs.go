package main

// fmt error forms: wrong verb for the type %!d(string=x), missing arguments
// %!d(MISSING), extra arguments %!(EXTRA ...), bad verbs, no verb at the end,
// bad width/precision arguments, nil values with verbs, invalid args index.

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", 1.5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n", 5)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%*d\n", "w", 3)
	fmt.Printf("%.*f|\n", 2, 3.14159)
	fmt.Printf("%.*f\n", "p", 1.0)
	fmt.Printf("%*d|\n", -6, 7)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 64)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%d\n", S{5})
	fmt.Printf("%s\n", S{5})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2d|%.0d|%5.0d|\n", 5, 0, 0)
	fmt.Printf("%v %v\n", []interface{}{nil}, map[string]interface{}{"k": nil})
	fmt.Printf("%!d\n")
	fmt.Printf("%-+ #0d\n", 5)
	fmt.Printf("%08.3d|%-08d|\n", -5, 5)
	fmt.Printf("%9999999999d\n", 1)
	fmt.Printf("%%d %%\n")
	s := fmt.Sprintf("%d%%", 50)
	fmt.Println(s, len(s))
}
