package main

// lang_str.go - string conversions and UTF-8 decoding (range over
// strings), as lang_str.c drives them through the runtime.

func main() {
	ss := []string{"h\xc3\xa9llo", "\xff", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf",
		"\xf4\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf0\x9f\x98\x80x", "\xc2", "a\xc3", "\xe2\x82", "\xf0\x9f\x98",
		"\xc0\x80", "\xc1\xbf", "\xf5\x80\x80\x80", "\x80\xbf", "\xf0\x80\x80\x80", "\xe2\x82\xac!"}
	for _, s := range ss {
		for i, r := range s {
			print(i, ":", r, " ")
		}
		println(len([]rune(s)))
	}
	for _, v := range []int64{-1, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
		0x10FFFF, 0x110000, 1 << 40} {
		s := string(rune(v))
		if v > 0x7fffffff {
			s = "\uFFFD"
		}
		print(len(s), " ")
		for i := 0; i < len(s); i++ {
			print(s[i], " ")
		}
		println()
	}
	rs := []rune("a\u00e9\u20ac\U0001F600\xff")
	println(len(rs), rs[0], rs[1], rs[2], rs[3], rs[4], string(rs) == "a\u00e9\u20ac\U0001F600\uFFFD")
	println(string([]rune{0x48, -5, 0xD800, 0x49}) == "H\uFFFD\uFFFDI")
	b := []byte("hello")
	b[0] = 'j'
	println(string(b), len(b))
	x, y, z := "a", "", "bc"
	println(x+y+z+"d", len(x+y+z+"d"))
}
