package main

// range over strings decodes UTF-8; invalid bytes give U+FFFD with width 1.

func main() {
	for i, r := range "aé世😀" {
		println(i, r, string(r))
	}
	bad := "a\xffb\xc3\x28c\xe2\x82d\xf0\x9f\x98"
	for i, r := range bad {
		println("bad", i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	println("rune count:", n)
	for i := range "ab世" {
		print(i, " ")
	}
	println()
	// surrogate halves encoded in UTF-8 are invalid
	for i, r := range "\xed\xa0\x80z" {
		println("surr", i, r)
	}
	// overlong encoding
	for i, r := range "\xc0\xafx" {
		println("overlong", i, r)
	}
	var s string
	for range s {
		println("never")
	}
	println("done")
}
