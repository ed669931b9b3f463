package main

import "unicode/utf8"

func main() {
	s := "héllo, 世界 🙂"
	println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		print(r, ":", n, " ")
		i += n
	}
	println()
	for j := len(s); j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		print(r, ":", n, " ")
		j -= n
	}
	println()
	bad := []byte{'a', 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 'z', 0xE2, 0x82}
	println(utf8.Valid(bad), utf8.RuneCount(bad), utf8.FullRune(bad[9:]), utf8.FullRune(bad[1:]))
	r, n := utf8.DecodeRune(bad[3:])
	println(r == utf8.RuneError, n)
	r, n = utf8.DecodeLastRune(bad)
	println(r, n)
	r, n = utf8.DecodeRune(nil)
	println(r, n)
	for _, x := range []rune{'A', 0xE9, 0x20AC, 0x1F642, -1, 0xD800, 0x110000, utf8.MaxRune} {
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], x)
		print(utf8.RuneLen(x), " ", utf8.ValidRune(x), " ", k, " [")
		for _, b := range buf[:k] {
			print(" ", b)
		}
		println(" ]")
	}
	out := utf8.AppendRune([]byte("go"), '✓')
	out = utf8.AppendRune(out, 0x7FFFFFFF)
	println(string(out), len(out), utf8.RuneSelf, utf8.UTFMax, utf8.RuneError)
	println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("\xe4\xb8\x96"))
}
